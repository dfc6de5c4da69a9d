package org.iotbench.ui.internal.projects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.iotbench.history.History;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.MessageStore;

/**
 * The rows the message table shows: the newest {@value #WINDOW} messages that the filter accepts, looked for in the
 * project's memory and then in its history on disk, so that a filter finds messages of any age. Worked out on a
 * thread of its own, at most every {@link #intervalMs} ms and only for what arrived since the last time; a new filter
 * searches again from the newest, and a search that a newer filter makes useless stops. The UI thread only takes the
 * finished rows. The window bounds the memory of a filter's matches; the table draws only the rows in sight.
 */
final class MessageRows {

	/** The most rows the table holds. */
	static final int WINDOW = 10_000;
	/** How often a search of the history checks whether the filter changed meanwhile. */
	private static final int CHECK_EVERY = 4096;

	/** What the table shows: rows in ascending sequence, and whether a history search is still under way. */
	record Rows(Message[] rows, int count, boolean searching) {
		Message get(int index) {
			return index < count ? rows[index] : null;
		}

		/** The row of the message with this sequence number, or -1 when it is not shown. */
		int indexOf(long sequence) {
			int low = 0;
			int high = count - 1;
			while (low <= high) {
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
	}

	private static final Rows NONE = new Rows(new Message[0], 0, false);

	private final MessageStore store;
	private final History history;
	private final Predicate<Message> shown;
	private final int intervalMs;
	private final Runnable published;
	private final ScheduledExecutorService worker;
	private final AtomicBoolean pending = new AtomicBoolean();
	private final AtomicInteger generation = new AtomicInteger();
	private volatile MessageFilter filter = new MessageFilter(""); //$NON-NLS-1$
	private volatile String topic;
	private volatile Rows current = NONE;
	private volatile long lastRun;
	// the worker's own
	private int builtGeneration = -1;
	private long lastSequence;

	/**
	 * @param history   the project's history on disk, or {@code null} to search the memory only
	 * @param shown     messages of muted subscriptions are not shown
	 * @param published told on the worker thread each time new rows are ready
	 */
	MessageRows(MessageStore store, History history, Predicate<Message> shown, int intervalMs, Runnable published) {
		this.store = store;
		this.history = history;
		this.shown = shown;
		this.intervalMs = intervalMs;
		this.published = published;
		worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "IoT Workbench message list"); //$NON-NLS-1$
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Shows only messages whose topic or payload contains every word of the text; searches again at once. */
	void setFilter(MessageFilter newFilter) {
		filter = newFilter;
		reload();
	}

	/** Shows only messages on a topic and below it, or every topic for {@code null}; searches again at once. */
	void setTopic(String newTopic) {
		topic = newTopic;
		reload();
	}

	String topic() {
		return topic;
	}

	/** Searches again from the newest message (what is shown changed: a subscription was muted, ...). */
	void reload() {
		generation.incrementAndGet();
		schedule(0);
	}

	/** Takes what arrived since the last time, soon; callable from any thread, as often as messages come. */
	void request() {
		schedule(Math.max(0, lastRun + intervalMs - System.currentTimeMillis()));
	}

	private void schedule(long delayMs) {
		if (pending.compareAndSet(false, true)) {
			try {
				worker.schedule(this::run, delayMs, TimeUnit.MILLISECONDS);
			} catch (java.util.concurrent.RejectedExecutionException e) {
				// disposed
			}
		} // else a run is waiting already: it sees the newest generation and messages when it comes
	}

	private void run() {
		pending.set(false);
		lastRun = System.currentTimeMillis();
		int wanted = generation.get();
		if (wanted != builtGeneration || store.size() == 0) {
			rebuild(wanted);
		} else {
			follow();
		}
		published.run();
	}

	/** Adds the messages that arrived since the last run. */
	private void follow() {
		List<Message> newer = store.newerThan(lastSequence);
		if (newer.isEmpty()) {
			return;
		}
		Predicate<Message> accepts = matcher();
		List<Message> matching = new ArrayList<>();
		for (Message message : newer) {
			if (accepts.test(message)) {
				matching.add(message);
			}
		}
		lastSequence = newer.get(newer.size() - 1).sequence();
		if (matching.isEmpty()) {
			return;
		}
		Rows before = current;
		int keep = Math.min(before.count(), WINDOW - Math.min(WINDOW, matching.size()));
		int added = Math.min(WINDOW, matching.size());
		Message[] rows = new Message[keep + added];
		System.arraycopy(before.rows(), before.count() - keep, rows, 0, keep);
		for (int i = 0; i < added; i++) {
			rows[keep + i] = matching.get(matching.size() - added + i);
		}
		current = new Rows(rows, rows.length, before.searching());
	}

	/** Looks for the newest matching messages: in memory, then in the history for older ones. */
	private void rebuild(int wanted) {
		builtGeneration = wanted;
		Predicate<Message> accepts = matcher();
		List<Message> snapshot = store.snapshot();
		lastSequence = snapshot.isEmpty() ? lastSequence : snapshot.get(snapshot.size() - 1).sequence();
		List<Message> found = new ArrayList<>(Math.min(WINDOW, snapshot.size()));
		for (int i = snapshot.size() - 1; i >= 0 && found.size() < WINDOW; i--) { // newest first
			Message message = snapshot.get(i);
			if (accepts.test(message)) {
				found.add(message);
			}
		}
		if (found.size() < WINDOW && history != null) {
			long before = snapshot.isEmpty() ? lastSequence + 1 : snapshot.get(0).sequence();
			publish(found, true); // what memory holds, while the history is searched
			published.run();
			int[] seen = { 0 };
			history.backwards(before, message -> {
				if (++seen[0] % CHECK_EVERY == 0 && generation.get() != wanted) {
					return false;
				}
				if (accepts.test(message)) {
					found.add(message);
				}
				return found.size() < WINDOW;
			});
			if (generation.get() != wanted) {
				return; // a newer filter: the next run searches for it
			}
		}
		publish(found, false);
	}

	private void publish(List<Message> newestFirst, boolean searching) {
		List<Message> ascending = new ArrayList<>(newestFirst);
		Collections.reverse(ascending);
		current = new Rows(ascending.toArray(new Message[0]), ascending.size(), searching);
	}

	/** What is shown now, as a test. */
	Predicate<Message> matcher() {
		MessageFilter words = filter;
		String under = topic;
		return message -> shown.test(message) && (under == null || isAtOrBelow(message.topic(), under))
				&& words.accepts(message);
	}

	static boolean isAtOrBelow(String topic, String node) {
		return topic.startsWith(node) && (topic.length() == node.length() || topic.charAt(node.length()) == '/');
	}

	/** The rows as last worked out. */
	Rows current() {
		return current;
	}

	void dispose() {
		worker.shutdownNow();
	}
}
