package org.iotbench.ui.internal.devicecode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.iotbench.devicecode.Language;

/**
 * Colours generated device code in a {@link StyledText}: comments, strings, keywords, numbers and, in C, preprocessor
 * lines. One pass of one regular expression over the whole text when it is set (the code is a few kilobytes), so no
 * work happens while the user scrolls.
 */
final class CodeHighlighter {

	private static final Pattern PYTHON = Pattern.compile(
			"(?<comment>#[^\\n]*)" //$NON-NLS-1$
					+ "|(?<string>\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*')" //$NON-NLS-1$
					+ "|(?<keyword>\\b(?:and|as|def|elif|else|except|finally|for|from|global|if|import|in|is|not|or|pass|" //$NON-NLS-1$
					+ "return|try|while|with|True|False|None)\\b)" //$NON-NLS-1$
					+ "|(?<number>\\b\\d+(?:\\.\\d+)?\\b)"); //$NON-NLS-1$
	private static final Pattern C = Pattern.compile(
			"(?<comment>//[^\\n]*|/\\*[\\s\\S]*?\\*/)" //$NON-NLS-1$
					+ "|(?<string>\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*')" //$NON-NLS-1$
					+ "|(?<preprocessor>(?m:^#\\s*\\w+))" //$NON-NLS-1$
					+ "|(?<keyword>\\b(?:bool|boolean|break|case|char|const|default|else|for|if|int|long|return|" //$NON-NLS-1$
					+ "sizeof|static|struct|switch|unsigned|void|while|true|false|NULL|nullptr)\\b)" //$NON-NLS-1$
					+ "|(?<number>\\b\\d+(?:UL|L|U)?\\b)"); //$NON-NLS-1$

	private static final Color COMMENT = new Color(new RGB(0x3F, 0x7F, 0x5F));
	private static final Color STRING = new Color(new RGB(0x2A, 0x00, 0xFF));
	private static final Color KEYWORD = new Color(new RGB(0x7F, 0x00, 0x55));
	private static final Color NUMBER = new Color(new RGB(0x99, 0x4C, 0x00));
	private static final Color PREPROCESSOR = new Color(new RGB(0x64, 0x64, 0x64));

	private CodeHighlighter() {
	}

	/** Sets the text and its colours. */
	static void show(StyledText view, Language language, String code) {
		view.setText(code);
		view.setStyleRanges(ranges(language, code));
	}

	static StyleRange[] ranges(Language language, String code) {
		Pattern pattern = language == Language.MICROPYTHON || language == Language.PYTHON ? PYTHON : C;
		List<StyleRange> ranges = new ArrayList<>();
		Matcher matcher = pattern.matcher(code);
		while (matcher.find()) {
			StyleRange range = new StyleRange();
			range.start = matcher.start();
			range.length = matcher.end() - matcher.start();
			if (matcher.group("comment") != null) { //$NON-NLS-1$
				range.foreground = COMMENT;
				range.fontStyle = SWT.ITALIC;
			} else if (matcher.group("string") != null) { //$NON-NLS-1$
				range.foreground = STRING;
			} else if (matcher.group("keyword") != null) { //$NON-NLS-1$
				range.foreground = KEYWORD;
				range.fontStyle = SWT.BOLD;
			} else if (matcher.group("number") != null) { //$NON-NLS-1$
				range.foreground = NUMBER;
			} else {
				range.foreground = PREPROCESSOR;
				range.fontStyle = SWT.BOLD;
			}
			ranges.add(range);
		}
		return ranges.toArray(StyleRange[]::new);
	}
}
