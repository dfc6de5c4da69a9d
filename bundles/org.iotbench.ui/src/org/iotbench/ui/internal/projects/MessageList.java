package org.iotbench.ui.internal.projects;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.MessageStore;
import org.iotbench.ui.internal.Throttle;

/**
 * The message list of a project editor, on its own: a lazy table over a store, refreshed at most every
 * {@value #REFRESH_MS} ms however fast messages arrive. The editor and the benchmark use it.
 */
public final class MessageList {

	public static final int REFRESH_MS = 200;
	/** The most messages the table holds: the newest of the store that the filter accepts. */
	public static final int WINDOW = MessageRows.WINDOW;

	private final MessageStore store;
	private final MessageRows rows;
	private final MessageTable table;
	private final Throttle throttle;
	private final Runnable listener;

	public MessageList(Composite parent, MessageStore store, Predicate<Message> shown, Function<Message, Color> colors,
			Consumer<Message> selected) {
		this.store = store;
		rows = new MessageRows(store, shown);
		table = new MessageTable(parent, rows, colors, selected);
		throttle = new Throttle(table.control(), REFRESH_MS, table::refresh);
		listener = throttle::request;
		store.addListener(listener);
		table.refresh();
	}

	/** Shows only messages whose topic or payload contains every word of the text. */
	public void setFilter(String text) {
		rows.setFilter(new MessageFilter(text));
		throttle.request();
	}

	/** Refreshes soon (from any thread). */
	public void requestRefresh() {
		throttle.request();
	}

	/** How many messages the table shows now. */
	public int shown() {
		return rows.count();
	}

	/** The selected message, or {@code null}. */
	public Message selected() {
		return table.selected();
	}

	public Table control() {
		return table.control();
	}

	/** Stops following the store. */
	public void dispose() {
		store.removeListener(listener);
	}
}
