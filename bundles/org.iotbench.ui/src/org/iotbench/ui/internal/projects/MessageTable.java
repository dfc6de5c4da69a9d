package org.iotbench.ui.internal.projects;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.payloads.Payloads;
import org.iotbench.sessions.Direction;
import org.iotbench.sessions.Message;
import org.iotbench.ui.internal.Messages;

/**
 * The message list's table, drawn by us on a canvas with virtual scrolling: a refresh only swaps the rows in memory
 * and paints the screenful in sight, whatever the number of rows. (The native GTK table it replaces re-laid out all
 * its rows on each refresh: 10,000 rows held the UI thread for up to 300 ms; see docs/performance.md.) Columns can be
 * resized by dragging their header's edge; the keyboard moves the selection; the list follows the newest message
 * while the user is at the bottom.
 */
public final class MessageTable {

	/** The columns, as indexes of {@link #text}: time, direction, topic, QoS, retained, payload. */
	static final int TIME = 0;
	static final int DIRECTION = 1;
	static final int TOPIC = 2;
	static final int QOS = 3;
	static final int RETAINED = 4;
	static final int PAYLOAD = 5;
	/** The order the columns are drawn in: the payload right after the topic, not pushed out of sight. */
	private static final int[] ORDER = { TIME, DIRECTION, TOPIC, PAYLOAD, QOS, RETAINED };
	private static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("HH:mm:ss.SSS") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());
	private static final int PREVIEW_CHARS = 200;
	/** Binary payloads up to this size are decoded for their row; larger ones are shown in hex. */
	private static final int DECODED_PREVIEW_BYTES = 64 * 1024;
	private static final int PADDING = 3;
	/** How close to a column's edge in the header a drag resizes it. */
	private static final int GRIP = 4;

	private final Canvas canvas;
	private final MessageRows rows;
	private final Function<Message, Color> colors;
	private final Consumer<Message> selected;
	private final String[] titles;
	private final int[] widths = { 96, 26, 170, 40, 36, 500 };
	private final int rowHeight;
	private final int headerHeight;
	/** The rows shown now: the UI thread's copy, changed only by {@link #refresh()}. */
	private MessageRows.Rows shown;
	/** The message the user selected: the selection follows it when rows shift, and ends when it is not shown. */
	private Message selection;
	private int top;
	private int left;
	private int resizing = -1;
	private int resizeFrom;
	private int resizeWidth;
	private Supplier<PayloadDecoder> decoder;

	MessageTable(Composite parent, MessageRows rows, Function<Message, Color> colors, Consumer<Message> selected) {
		this.rows = rows;
		this.shown = rows.current();
		this.colors = colors;
		this.selected = selected;
		titles = new String[] { Messages.Messages_time, "", Messages.Messages_topic, Messages.Messages_qos, //$NON-NLS-1$
				Messages.Messages_retained, Messages.Messages_payload };
		canvas = new Canvas(parent, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER | SWT.DOUBLE_BUFFERED);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GC gc = new GC(canvas);
		int textHeight = gc.getFontMetrics().getHeight();
		gc.dispose();
		rowHeight = textHeight + 2 * PADDING;
		headerHeight = textHeight + 2 * PADDING + 2;
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> scrollBars());
		canvas.getVerticalBar().addListener(SWT.Selection, e -> {
			top = canvas.getVerticalBar().getSelection();
			canvas.redraw();
		});
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> {
			left = canvas.getHorizontalBar().getSelection();
			canvas.redraw();
		});
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, e -> resizing = -1);
		canvas.addListener(SWT.MouseHover, e -> {
			int row = rowAt(e.y);
			Message message = row < 0 ? null : shown.get(row);
			canvas.setToolTipText(message == null ? null : message.topic() + '\n' + text(message, PAYLOAD));
		});
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
		canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
		canvas.addListener(SWT.FocusOut, e -> canvas.redraw());
		canvas.getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = selection == null ? Messages.Messages_payload
						: selection.topic() + ' ' + text(selection, PAYLOAD);
			}
		});
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		var display = canvas.getDisplay();
		Color background = display.getSystemColor(SWT.COLOR_LIST_BACKGROUND);
		Color foreground = display.getSystemColor(SWT.COLOR_LIST_FOREGROUND);
		Color line = display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
		boolean focused = canvas.isFocusControl();
		Color selectedBackground = display.getSystemColor(
				focused ? SWT.COLOR_LIST_SELECTION : SWT.COLOR_WIDGET_NORMAL_SHADOW);
		Color selectedForeground = display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT);
		gc.setBackground(background);
		gc.fillRectangle(area);
		int visible = visibleRows() + 1; // the last one in part
		for (int i = 0; i < visible; i++) {
			Message message = shown.get(top + i);
			if (message == null) {
				break;
			}
			int y = headerHeight + i * rowHeight;
			boolean chosen = selection != null && selection.sequence() == message.sequence();
			Color rowColor = chosen ? selectedBackground : colors.apply(message);
			gc.setBackground(rowColor == null ? background : rowColor);
			gc.fillRectangle(0, y, area.width, rowHeight);
			gc.setForeground(chosen ? selectedForeground : foreground);
			int x = -left;
			for (int column : ORDER) {
				int width = widths[column];
				if (x + width > 0 && x < area.width) {
					gc.setClipping(x + PADDING, y, Math.max(0, width - 2 * PADDING), rowHeight);
					gc.drawString(text(message, column), x + PADDING, y + PADDING, true);
				}
				x += width;
			}
			gc.setClipping((Rectangle) null);
			gc.setForeground(line);
			gc.drawLine(0, y + rowHeight - 1, area.width, y + rowHeight - 1);
		}
		paintHeader(gc, area, line);
	}

	private void paintHeader(GC gc, Rectangle area, Color line) {
		var display = canvas.getDisplay();
		gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		gc.fillRectangle(0, 0, area.width, headerHeight);
		gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		int x = -left;
		for (int column : ORDER) {
			int width = widths[column];
			gc.setClipping(x + PADDING, 0, Math.max(0, width - 2 * PADDING), headerHeight);
			gc.drawString(titles[column], x + PADDING, PADDING + 1, true);
			gc.setClipping((Rectangle) null);
			gc.setForeground(line);
			gc.drawLine(x + width - 1, PADDING, x + width - 1, headerHeight - PADDING);
			gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			x += width;
		}
		gc.setForeground(line);
		gc.drawLine(0, headerHeight - 1, area.width, headerHeight - 1);
	}

	/** The text of a cell. */
	private String text(Message message, int column) {
		return switch (column) {
		case TIME -> TIME_FORMAT.format(message.time());
		case DIRECTION -> message.direction() == Direction.IN ? "\u2190" : "\u2192"; //$NON-NLS-1$ //$NON-NLS-2$
		case TOPIC -> message.topic();
		case QOS -> Integer.toString(message.qos());
		case RETAINED -> message.retained() ? "R" : ""; //$NON-NLS-1$ //$NON-NLS-2$
		default -> preview(message);
		};
	}

	/**
	 * A row's payload on one line: a binary payload decoded (CBOR, MessagePack, Sparkplug B...) when the project
	 * declares or the decoder guesses a format for it, anything else as text or hex.
	 */
	private String preview(Message message) {
		byte[] payload = message.payload();
		if (decoder != null && payload.length <= DECODED_PREVIEW_BYTES && !Payloads.isText(payload)) {
			return decoder.get().decode(message.topic(), payload).preview(PREVIEW_CHARS);
		}
		return Payloads.preview(payload, PREVIEW_CHARS);
	}

	void setDecoder(Supplier<PayloadDecoder> decoder) {
		this.decoder = decoder;
	}

	private void mouseDown(Event e) {
		canvas.setFocus();
		if (e.y < headerHeight) {
			int column = edgeAt(e.x);
			if (column >= 0 && e.button == 1) {
				resizing = column;
				resizeFrom = e.x;
				resizeWidth = widths[column];
			}
			return;
		}
		int row = rowAt(e.y);
		if (row >= 0 && (e.button == 1 || e.button == 3)) {
			select(row);
		}
	}

	private void mouseMove(Event e) {
		if (resizing >= 0) {
			widths[resizing] = Math.max(3 * PADDING, resizeWidth + e.x - resizeFrom);
			scrollBars();
			canvas.redraw();
			return;
		}
		boolean onEdge = e.y < headerHeight && edgeAt(e.x) >= 0;
		canvas.setCursor(onEdge ? canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZEWE) : null);
	}

	/** The column whose right edge is at x in the header, or -1. */
	private int edgeAt(int x) {
		int edge = -left;
		for (int column : ORDER) {
			edge += widths[column];
			if (Math.abs(x - edge) <= GRIP) {
				return column;
			}
		}
		return -1;
	}

	private int rowAt(int y) {
		if (y < headerHeight) {
			return -1;
		}
		int row = top + (y - headerHeight) / rowHeight;
		return row < shown.count() ? row : -1;
	}

	private void key(Event e) {
		int count = shown.count();
		if (count == 0) {
			return;
		}
		int at = selection == null ? -1 : shown.indexOf(selection.sequence());
		int page = Math.max(1, visibleRows() - 1);
		int to = switch (e.keyCode) {
		case SWT.ARROW_UP -> at < 0 ? count - 1 : at - 1;
		case SWT.ARROW_DOWN -> at + 1;
		case SWT.PAGE_UP -> at < 0 ? count - 1 : at - page;
		case SWT.PAGE_DOWN -> at + page;
		case SWT.HOME -> 0;
		case SWT.END -> count - 1;
		default -> Integer.MIN_VALUE;
		};
		if (to != Integer.MIN_VALUE) {
			select(Math.max(0, Math.min(count - 1, to)));
			e.doit = false;
		}
	}

	/** Selects a row, shows it and tells the listener, as a click does. */
	public void select(int row) {
		Message message = shown.get(row);
		if (message == null) {
			return;
		}
		selection = message;
		if (row < top) {
			top = row;
		} else if (row >= top + visibleRows()) {
			top = row - visibleRows() + 1;
		}
		scrollBars();
		canvas.redraw();
		selected.accept(selection);
	}

	/** Shows the rows last worked out; keeps following the newest if the last row was visible. */
	void refresh() {
		MessageRows.Rows latest = rows.current();
		if (latest == shown) {
			return;
		}
		boolean following = shown.count() == 0 || top + visibleRows() >= shown.count() - 1;
		Message first = shown.get(top);
		shown = latest;
		keepSelection();
		if (following) {
			top = Math.max(0, shown.count() - visibleRows());
		} else if (first != null) { // the rows the user reads stay in place while older ones drop off
			int at = shown.indexOf(first.sequence());
			top = at >= 0 ? at : Math.min(top, Math.max(0, shown.count() - visibleRows()));
		}
		scrollBars();
		canvas.redraw();
	}

	/** Keeps the selected message selected where it is now, or ends the selection (and tells so) when it is gone. */
	private void keepSelection() {
		if (selection != null && shown.indexOf(selection.sequence()) < 0) {
			selection = null;
			selected.accept(null);
		}
	}

	private void scrollBars() {
		Rectangle area = canvas.getClientArea();
		int visible = visibleRows();
		top = Math.max(0, Math.min(top, Math.max(0, shown.count() - visible)));
		ScrollBar vertical = canvas.getVerticalBar();
		vertical.setValues(top, 0, Math.max(1, shown.count()), Math.max(1, Math.min(visible, shown.count())), 1,
				Math.max(1, visible - 1));
		int total = 0;
		for (int width : widths) {
			total += width;
		}
		ScrollBar horizontal = canvas.getHorizontalBar();
		left = Math.max(0, Math.min(left, Math.max(0, total - area.width)));
		horizontal.setValues(left, 0, Math.max(total, 1), Math.max(1, Math.min(area.width, total)), 16,
				Math.max(16, area.width - 16));
	}

	private int visibleRows() {
		int height = canvas.getClientArea().height - headerHeight;
		return Math.max(1, height / rowHeight);
	}

	/** How many rows the list holds. */
	public int getItemCount() {
		return shown.count();
	}

	/** The text of a cell: columns {@link #TIME} 0, direction 1, {@link #TOPIC} 2, QoS 3, retained 4, payload 5. */
	public String text(int row, int column) {
		Message message = shown.get(row);
		return message == null ? "" : text(message, column); //$NON-NLS-1$
	}

	/** The row of the selected message, or -1. */
	public int getSelectionIndex() {
		return selection == null ? -1 : shown.indexOf(selection.sequence());
	}

	/** The first row in sight. */
	public int topIndex() {
		return top;
	}

	/** Whether the history is still being searched for older matches. */
	boolean searching() {
		return shown.searching();
	}

	/** The message the user selected, or {@code null}. */
	Message selected() {
		return selection;
	}

	/** The widget. */
	public Control control() {
		return canvas;
	}
}
