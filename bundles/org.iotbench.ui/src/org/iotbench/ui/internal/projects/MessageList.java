package org.iotbench.ui.internal.projects;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.iotbench.history.History;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.MessageStore;

/**
 * The message list of a project editor, on its own: a lazy table over a store and the project's history, refreshed
 * at most every {@value #REFRESH_MS} ms however fast messages arrive; the rows are worked out off the UI thread. The
 * editor and the benchmark use it.
 */
public final class MessageList {

	public static final int REFRESH_MS = 200;
	/** The most messages the table holds: the newest of the store that the filter accepts. */
	public static final int WINDOW = MessageRows.WINDOW;

	private final MessageStore store;
	private final MessageRows rows;
	private java.util.function.Supplier<org.iotbench.payloads.PayloadDecoder> decoder;
	private final MessageTable table;
	private Runnable shownListener;
	private long longestShow;
	private final Runnable listener;

	public MessageList(Composite parent, MessageStore store, Predicate<Message> shown, Function<Message, Color> colors,
			Consumer<Message> selected) {
		this(parent, store, null, shown, colors, selected);
	}

	/**
	 * @param history the project's history, searched by filters for messages no longer in memory; or {@code null}
	 */
	public MessageList(Composite parent, MessageStore store, History history, Predicate<Message> shown,
			Function<Message, Color> colors, Consumer<Message> selected) {
		this.store = store;
		Display display = parent.getDisplay();
		rows = new MessageRows(store, history, shown, REFRESH_MS, () -> {
			if (!display.isDisposed()) {
				display.asyncExec(this::show);
			}
		});
		table = new MessageTable(parent, rows, colors, selected);
		listener = rows::request;
		store.addListener(listener);
		rows.reload();
	}

	private void show() {
		if (!table.control().isDisposed()) {
			long start = System.nanoTime();
			table.refresh();
			longestShow = Math.max(longestShow, System.nanoTime() - start);
			if (shownListener != null) {
				shownListener.run();
			}
		}
	}

	/** Tells, on the UI thread, each time the table shows new rows. */
	public void setShownListener(Runnable listener) {
		shownListener = listener;
	}

	/**
	 * Shows only messages whose topic or payload contains every word of the text; binary payloads are searched as the
	 * decoder set with {@link #setDecoder} reads them.
	 */
	public void setFilter(String text) {
		rows.setFilter(new MessageFilter(text, decoder == null ? null : decoder.get()));
	}

	/** Shows only messages on a topic and below it; {@code null} for all. */
	public void setTopic(String topic) {
		rows.setTopic(topic);
	}

	/** What the list shows now (filter, topic, unmuted subscriptions), to apply to other messages. */
	public java.util.function.Predicate<Message> matcher() {
		return rows.matcher();
	}

	/** The topic the list is limited to, or {@code null}. */
	public String topic() {
		return rows.topic();
	}

	/** Takes new messages soon (from any thread). */
	public void requestRefresh() {
		rows.request();
	}

	/** Looks for the messages to show again, from the newest (what is shown changed). */
	public void reload() {
		rows.reload();
	}

	/** The longest time the table took to show new rows on the UI thread, in nanoseconds (for the benchmark). */
	public long longestShowNanos() {
		return longestShow;
	}

	/** How many messages the table shows now. */
	public int shown() {
		return table.getItemCount();
	}

	/** Whether older matches are still being looked for in the history. */
	public boolean searching() {
		return table.searching();
	}

	/** Decodes binary payloads in the rows with the project's decoder. */
	public void setDecoder(java.util.function.Supplier<org.iotbench.payloads.PayloadDecoder> decoder) {
		this.decoder = decoder;
		table.setDecoder(decoder);
	}

	/** The selected message, or {@code null}. */
	public Message selected() {
		return table.selected();
	}

	/** The widget. */
	public org.eclipse.swt.widgets.Control control() {
		return table.control();
	}

	/** The table, to read its rows and select one (tests, the benchmark). */
	public MessageTable table() {
		return table;
	}

	/** Stops following the store. */
	public void dispose() {
		store.removeListener(listener);
		rows.dispose();
	}
}
