package org.iotbench.payloads;

import org.eclipse.osgi.util.NLS;
import org.iotbench.payloads.internal.Messages;

/**
 * A small JSON reader (RFC 8259) that checks a document and pretty-prints it with two-space indentation, keeping
 * numbers and strings exactly as written.
 */
final class Json {

	private final String text;
	private int at;
	private final StringBuilder out;
	private int depth;

	private Json(String text, boolean print) {
		this.text = text;
		this.out = print ? new StringBuilder(text.length() + 64) : null;
	}

	static void check(String text) {
		new Json(text, false).document();
	}

	static boolean isValid(String text) {
		try {
			check(text);
			return true;
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	static String pretty(String text) {
		Json json = new Json(text, true);
		json.document();
		return json.out.toString();
	}

	private void document() {
		space();
		value();
		space();
		if (at != text.length()) {
			fail(Messages.Json_textAfter);
		}
	}

	private void value() {
		if (at >= text.length()) {
			fail(Messages.Json_endsEarly);
		}
		char c = text.charAt(at);
		switch (c) {
		case '{' -> container('{', '}', true);
		case '[' -> container('[', ']', false);
		case '"' -> string();
		case 't' -> word("true"); //$NON-NLS-1$
		case 'f' -> word("false"); //$NON-NLS-1$
		case 'n' -> word("null"); //$NON-NLS-1$
		default -> number();
		}
	}

	private void container(char open, char close, boolean object) {
		at++;
		emit(open);
		space();
		if (peek() == close) {
			at++;
			emit(close);
			return;
		}
		depth++;
		while (true) {
			newline();
			if (object) {
				if (peek() != '"') {
					fail(Messages.Json_expectedName);
				}
				string();
				space();
				expect(':');
				emit(':');
				emit(' ');
				space();
			}
			value();
			space();
			char c = peek();
			if (c == ',') {
				at++;
				emit(',');
				space();
			} else if (c == close) {
				at++;
				depth--;
				newline();
				emit(close);
				return;
			} else {
				fail(NLS.bind(Messages.Json_expectedCommaOr, close));
			}
		}
	}

	private void string() {
		int start = at++;
		while (at < text.length()) {
			char c = text.charAt(at++);
			if (c == '\\') {
				at++;
			} else if (c == '"') {
				emit(text, start, at);
				return;
			} else if (c < 0x20) {
				fail(Messages.Json_controlCharacter);
			}
		}
		fail(Messages.Json_unterminated);
	}

	private void number() {
		int start = at;
		if (peek() == '-') {
			at++;
		}
		int digits = 0;
		while (at < text.length() && "0123456789.eE+-".indexOf(text.charAt(at)) >= 0) { //$NON-NLS-1$
			at++;
			digits++;
		}
		if (digits == 0) {
			fail(NLS.bind(Messages.Json_unexpected, peek()));
		}
		try {
			Double.parseDouble(text.substring(start, at));
		} catch (NumberFormatException e) {
			fail(NLS.bind(Messages.Json_notNumber, text.substring(start, at)));
		}
		emit(text, start, at);
	}

	private void word(String word) {
		if (!text.startsWith(word, at)) {
			fail(NLS.bind(Messages.Json_unexpected, peek()));
		}
		at += word.length();
		emit(word, 0, word.length());
	}

	private void expect(char c) {
		if (peek() != c) {
			fail(NLS.bind(Messages.Json_expected, c));
		}
		at++;
	}

	private char peek() {
		return at < text.length() ? text.charAt(at) : '\0';
	}

	private void space() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}

	private void newline() {
		if (out != null) {
			out.append('\n');
			out.append("  ".repeat(depth)); //$NON-NLS-1$
		}
	}

	private void emit(char c) {
		if (out != null) {
			out.append(c);
		}
	}

	private void emit(String s, int from, int to) {
		if (out != null) {
			out.append(s, from, to);
		}
	}

	private void fail(String problem) {
		throw new IllegalArgumentException(NLS.bind(Messages.Json_invalid, Integer.toString(at + 1), problem));
	}
}
