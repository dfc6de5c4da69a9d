package org.iotbench.ui.internal.projects;

import org.iotbench.sessions.Message;
import org.iotbench.sessions.MessageStore;

/**
 * The rows the message table shows: all messages of the store, or those a filter accepts. Rebuilt on the UI thread at
 * most a few times per second, never per message.
 */
final class MessageRows {

	private final MessageStore store;
	private final java.util.function.Predicate<Message> shown;
	private MessageFilter filter = new MessageFilter(""); //$NON-NLS-1$
	private Message[] rows = new Message[0];
	private int count;

	/** @param shown messages of muted subscriptions are not shown */
	MessageRows(MessageStore store, java.util.function.Predicate<Message> shown) {
		this.store = store;
		this.shown = shown;
	}

	void setFilter(MessageFilter newFilter) {
		filter = newFilter;
	}

	/** Takes a consistent copy of what the table shows. */
	void refresh() {
		java.util.List<Message> snapshot = store.snapshot();
		Message[] matching = new Message[snapshot.size()];
		int n = 0;
		for (Message message : snapshot) {
			if (shown.test(message) && filter.accepts(message)) {
				matching[n++] = message;
			}
		}
		rows = matching;
		count = n;
	}

	int count() {
		return count;
	}

	Message get(int index) {
		return index < count ? rows[index] : null;
	}
}
