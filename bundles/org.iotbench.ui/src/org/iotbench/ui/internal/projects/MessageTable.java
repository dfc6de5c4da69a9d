package org.iotbench.ui.internal.projects;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.iotbench.sessions.Direction;
import org.iotbench.sessions.Message;
import org.iotbench.payloads.Payloads;
import org.iotbench.ui.internal.Messages;

/**
 * A virtual table over {@link MessageRows}: only visible rows are ever rendered, so 100,000 messages cost the same as
 * a screenful. Follows the newest message while the user is at the bottom.
 */
final class MessageTable {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());
	private static final int PREVIEW_CHARS = 200;

	private final Table table;
	private final MessageRows rows;
	/** The rows the table shows now: the UI thread's copy, changed only by {@link #refresh()}. */
	private MessageRows.Rows shown;
	private final Function<Message, Color> colors;
	private final Consumer<Message> selected;
	/** The message the user selected: the selection follows it when rows shift, and ends when it is not shown. */
	private Message selection;

	/** Binary payloads up to this size are decoded for their row; larger ones are shown in hex. */
	private static final int DECODED_PREVIEW_BYTES = 64 * 1024;
	private java.util.function.Supplier<org.iotbench.payloads.PayloadDecoder> decoder;

	MessageTable(Composite parent, MessageRows rows, Function<Message, Color> colors, Consumer<Message> selected) {
		this.rows = rows;
		this.shown = rows.current();
		this.colors = colors;
		this.selected = selected;
		table = new Table(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		column(Messages.Messages_time, 96);
		column("", 26); //$NON-NLS-1$
		column(Messages.Messages_topic, 170);
		column(Messages.Messages_qos, 40);
		column(Messages.Messages_retained, 36);
		column(Messages.Messages_payload, 500);
		// the payload right after the topic: with the detail pane beside the list it must not be pushed out of sight
		table.setColumnOrder(new int[] { 0, 1, 2, 5, 3, 4 });
		table.addListener(SWT.SetData, event -> fill((TableItem) event.item, table.indexOf((TableItem) event.item)));
		table.addListener(SWT.Selection, event -> {
			int index = table.getSelectionIndex();
			selection = index < 0 ? null : shown.get(index);
			selected.accept(selection);
		});
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}

	private void fill(TableItem item, int index) {
		Message message = shown.get(index);
		if (message == null) {
			return;
		}
		item.setText(new String[] { TIME.format(message.time()), message.direction() == Direction.IN ? "\u2190" : "\u2192", //$NON-NLS-1$ //$NON-NLS-2$
				message.topic(), Integer.toString(message.qos()), message.retained() ? "R" : "", //$NON-NLS-1$ //$NON-NLS-2$
				preview(message) });
		Color color = colors.apply(message);
		if (color != null) {
			item.setBackground(color);
		}
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

	void setDecoder(java.util.function.Supplier<org.iotbench.payloads.PayloadDecoder> decoder) {
		this.decoder = decoder;
	}

	/** Shows the rows last worked out; keeps following the newest if the last row was visible. */
	void refresh() {
		MessageRows.Rows latest = rows.current();
		if (latest == shown && table.getItemCount() == latest.count()) {
			return;
		}
		int before = table.getItemCount();
		boolean following = before == 0 || isLastVisible(before);
		shown = latest;
		int count = latest.count();
		table.setItemCount(count);
		table.clearAll();
		keepSelection();
		if (following && count > 0) {
			table.setTopIndex(Math.max(0, count - visibleRows()));
		}
	}

	/** Selects the row of the selected message where it is now, or nothing (and tells so) when it is not shown. */
	private void keepSelection() {
		if (selection == null) {
			return;
		}
		int index = shown.indexOf(selection.sequence());
		if (index >= 0) {
			table.setSelection(index);
		} else {
			table.deselectAll();
			selection = null;
			selected.accept(null);
		}
	}

	private boolean isLastVisible(int count) {
		return table.getTopIndex() + visibleRows() >= count - 1;
	}

	private int visibleRows() {
		int height = table.getClientArea().height - table.getHeaderHeight();
		return Math.max(1, height / Math.max(1, table.getItemHeight()));
	}

	/** How many rows the table shows. */
	int count() {
		return shown.count();
	}

	/** Whether the history is still being searched for older matches. */
	boolean searching() {
		return shown.searching();
	}

	/** The message the user selected, or {@code null}. */
	Message selected() {
		return selection;
	}

	Table control() {
		return table;
	}
}
