package org.iotbench.ui.internal.projects;

import org.iotbench.sessions.Message;
import org.iotbench.sessions.MessageStore;

/**
 * The rows the message table shows: the newest {@value #WINDOW} messages of the store that the filter accepts (the
 * filter searches the whole store). Rebuilt on the UI thread at most a few times per second, never per message. The
 * window keeps each refresh cheap: the native table's cost grows with its row count (GTK appends rows one by one and
 * clearing touches every row), and a user reads the newest messages or filters for older ones.
 */
final class MessageRows {

	/** The most rows the table holds. */
	static final int WINDOW = 10_000;

	private final MessageStore store;
	private int hidden;
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
		Message[] matching = new Message[Math.min(WINDOW, snapshot.size())];
		int n = 0;
		int accepted = 0;
		for (int i = snapshot.size() - 1; i >= 0; i--) { // newest first, then reversed into place
			Message message = snapshot.get(i);
			if (shown.test(message) && filter.accepts(message)) {
				accepted++;
				if (n < matching.length) {
					matching[n++] = message;
				}
			}
		}
		for (int i = 0, j = n - 1; i < j; i++, j--) {
			Message swap = matching[i];
			matching[i] = matching[j];
			matching[j] = swap;
		}
		rows = matching;
		count = n;
		hidden = accepted - n;
	}

	/** Matching messages older than the window, not in the table. */
	int hidden() {
		return hidden;
	}

	int count() {
		return count;
	}

	/** The row of the message with this sequence number, or -1 when it is not shown. */
	int indexOf(long sequence) {
		int low = 0;
		int high = count - 1;
		while (low <= high) { // rows are in store order: ascending sequence numbers
			int middle = (low + high) >>> 1;
			long found = rows[middle].sequence();
			if (found < sequence) {
				low = middle + 1;
			} else if (found > sequence) {
				high = middle - 1;
			} else {
				return middle;
			}
		}
		return -1;
	}

	Message get(int index) {
		return index < count ? rows[index] : null;
	}
}
