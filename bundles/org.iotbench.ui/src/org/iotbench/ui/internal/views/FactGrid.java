package org.iotbench.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.iotbench.ui.internal.Images;

/**
 * Rows of "what: value", some with a copy button, in a panel that scrolls rather than cuts: a glance at a state, not
 * paragraphs. Values keep their full text in a tooltip. Sentences (a failure, a warning) span the rows and wrap to the
 * panel's width.
 */
final class FactGrid {

	private static final int COLUMNS = 3;
	private static final int MIN_WRAP_WIDTH = 160;

	private final ScrolledComposite scroller;
	private final Composite grid;
	private final List<Label> sentences = new ArrayList<>();

	FactGrid(Composite parent) {
		scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		grid = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(COLUMNS).spacing(8, 4).applyTo(grid);
		scroller.setContent(grid);
		scroller.addListener(SWT.Resize, e -> layout());
	}

	/** Removes every row. */
	void clear() {
		for (Control child : grid.getChildren()) {
			child.dispose();
		}
		sentences.clear();
	}

	/** A row with a value that changes ({@link #set}); its tooltip is the full text or {@code tooltip}. */
	Label value(String key, String text, String tooltip) {
		key(key);
		Label value = new Label(grid, SWT.NONE);
		value.setText(text);
		value.setToolTipText(tooltip == null ? text : tooltip);
		GridDataFactory.fillDefaults().grab(true, false).span(COLUMNS - 1, 1).applyTo(value);
		return value;
	}

	/** A row whose value can be selected and copied: an address, a path. */
	Text copyable(String key, String text, String copyTooltip, Consumer<String> copy) {
		key(key);
		Text value = new Text(grid, SWT.READ_ONLY | SWT.SINGLE);
		value.setText(text);
		value.setToolTipText(text);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(value);
		Button button = new Button(grid, SWT.PUSH);
		button.setImage(Images.get(Images.COPY));
		button.setToolTipText(copyTooltip);
		button.getAccessible(); // the tooltip names the button for screen readers too
		button.addListener(SWT.Selection, e -> copy.accept(text));
		return value;
	}

	/** A row whose value is a link ({@code <a>...</a>}) that does something. */
	Link link(String key, String text, String tooltip, Runnable action) {
		key(key);
		Link value = new Link(grid, SWT.NONE);
		value.setText(text);
		value.setToolTipText(tooltip);
		value.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().grab(true, false).span(COLUMNS - 1, 1).applyTo(value);
		return value;
	}

	private void key(String text) {
		Label key = new Label(grid, SWT.NONE);
		key.setText(text);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(key);
	}

	/** A sentence across the panel, wrapped to its width, with an icon before it when one is given. */
	Label sentence(Image icon, String text) {
		Composite line = new Composite(grid, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(icon == null ? 1 : 2).applyTo(line);
		GridDataFactory.fillDefaults().grab(true, false).span(COLUMNS, 1).applyTo(line);
		if (icon != null) {
			Label image = new Label(line, SWT.NONE);
			image.setImage(icon);
			GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(image);
		}
		Label sentence = new Label(line, SWT.WRAP);
		sentence.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(sentence);
		sentences.add(sentence);
		return sentence;
	}

	/** A link across the panel. */
	Link action(String text, Runnable action) {
		Link link = new Link(grid, SWT.NONE);
		link.setText(text);
		link.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().grab(true, false).span(COLUMNS, 1).applyTo(link);
		return link;
	}

	/**
	 * Shows a new text in a value; lays the grid out again only when the text grew wider, so a value that changes
	 * every second does not relayout the panel every second.
	 */
	void set(Label value, String text, String tooltip) {
		if (value == null || value.isDisposed() || text.equals(value.getText())) {
			return;
		}
		int before = value.getSize().x;
		value.setText(text);
		value.setToolTipText(tooltip == null ? text : tooltip);
		if (value.computeSize(SWT.DEFAULT, SWT.DEFAULT).x > before) {
			layout();
		}
	}

	/** Lays the rows out for the panel's width: sentences wrap, the rest scrolls if the panel is too narrow. */
	void layout() {
		int width = scroller.getClientArea().width;
		for (Label sentence : sentences) {
			if (!sentence.isDisposed()) {
				int indent = sentence.getParent().getChildren().length > 1 ? 24 : 0;
				((org.eclipse.swt.layout.GridData) sentence.getLayoutData()).widthHint = Math.max(MIN_WRAP_WIDTH,
						width - indent);
			}
		}
		grid.layout(true, true);
		scroller.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	Control control() {
		return scroller;
	}
}
