package org.iotbench.sessions;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The messages of one session, newest last, bounded: when full, the oldest are forgotten and counted. Appending is
 * cheap and never blocks on readers; listeners are told that something changed, not what, so that a view can refresh
 * in batches whatever the message rate.
 * <p>
 * A ring of {@link Message}s allocated once at its capacity; a lock is held only to copy a few fields or references.
 * An append allocates the {@link Message} and nothing else: times have millisecond precision and messages of the same
 * millisecond share their {@link Instant}; messages on a recent topic share its {@link String} (devices publish on a
 * few topics over and over, and each message arrives with a new string). Thread-safe.
 */
public final class MessageStore {

	/** How many messages a project keeps unless told otherwise. */
	public static final int DEFAULT_CAPACITY = 100_000;

	/** Slots of the topic cache: a power of two. */
	private static final int TOPIC_SLOTS = 256;

	private final Object lock = new Object();
	private final Message[] ring;
	private final String[] topics = new String[TOPIC_SLOTS];
	/** Index in {@link #ring} of the oldest message. */
	private int first;
	private int size;
	private long total;
	private long forgotten;
	private long lastMillis = Long.MIN_VALUE;
	private Instant lastTime;
	private volatile Runnable[] listeners = {};
	private MessageJournal journal;

	/**
	 * @param capacity how many messages are kept at most, at least 1; the ring takes 4 or 8 bytes per message of
	 *                 capacity at once (a reference), the messages themselves as they come
	 */
	public MessageStore(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be at least 1: " + capacity); //$NON-NLS-1$
		}
		ring = new Message[capacity];
	}

	/**
	 * Hands every later message to a journal as well (in sequence order), and clears it with the store.
	 *
	 * @param journal the journal, or {@code null} for none
	 */
	public void setJournal(MessageJournal journal) {
		synchronized (lock) {
			this.journal = journal;
		}
	}

	/**
	 * Fills an empty store with messages kept from an earlier run, so that a project shows what came before; later
	 * messages are numbered after {@code lastSequence}. They are not handed to the journal (it has them).
	 *
	 * @param older        the newest of the earlier messages, oldest first; only the newest {@link #capacity()} are
	 *                     kept
	 * @param lastSequence the highest sequence number used so far
	 * @throws IllegalStateException if the store has messages already
	 */
	public void restore(List<Message> older, long lastSequence) {
		synchronized (lock) {
			if (total != 0 || size != 0) {
				throw new IllegalStateException("restore into a store that has messages"); //$NON-NLS-1$
			}
			int from = Math.max(0, older.size() - ring.length);
			for (int i = from; i < older.size(); i++) {
				ring[size++] = older.get(i);
			}
			total = lastSequence;
		}
		changed();
	}

	public int capacity() {
		return ring.length;
	}

	/**
	 * Records a message with the next sequence number and the current time; when the store is full the oldest is
	 * forgotten. Then tells the listeners, on this thread.
	 *
	 * @param payload kept, not copied: do not change it afterwards
	 * @return the message as recorded
	 */
	public Message append(Direction direction, String topic, byte[] payload, int qos, boolean retained) {
		return append(null, direction, topic, payload, qos, retained);
	}

	/**
	 * Records a message with the next sequence number and a time of its own (a message imported from a file keeps
	 * the time it had), as {@link #append(Direction, String, byte[], int, boolean)} does.
	 *
	 * @param time when it was received or sent, or {@code null} for now
	 */
	public Message append(Instant time, Direction direction, String topic, byte[] payload, int qos, boolean retained) {
		Objects.requireNonNull(direction);
		Objects.requireNonNull(topic);
		Objects.requireNonNull(payload);
		int slot = topic.hashCode() & (TOPIC_SLOTS - 1);
		long now = System.currentTimeMillis();
		Message message;
		synchronized (lock) {
			String shared = topics[slot];
			if (topic.equals(shared)) {
				topic = shared;
			} else {
				topics[slot] = topic;
			}
			Instant at;
			if (time != null) {
				at = time;
			} else {
				if (now != lastMillis) {
					lastMillis = now;
					lastTime = Instant.ofEpochMilli(now);
				}
				at = lastTime;
			}
			total++;
			message = new Message(total, at, direction, topic, payload, qos, retained);
			int end = first + size;
			if (end >= ring.length) {
				end -= ring.length;
			}
			ring[end] = message;
			if (journal != null) {
				journal.record(message);
			}
			if (size < ring.length) {
				size++;
			} else {
				first = end + 1 == ring.length ? 0 : end + 1;
				forgotten++;
			}
		}
		changed();
		return message;
	}

	/**
	 * Tells the journal what the broker now holds as a topic's retained message (see
	 * {@link MessageJournal#retained(String, boolean)}), in order with the messages.
	 */
	public void retained(String topic, boolean held) {
		synchronized (lock) {
			if (journal != null) {
				journal.retained(topic, held);
			}
		}
	}

	/** How many messages are kept now. */
	public int size() {
		synchronized (lock) {
			return size;
		}
	}

	/**
	 * A kept message by position. Positions move when old messages are forgotten: to show several, take a
	 * {@link #snapshot()}.
	 *
	 * @param index 0 for the oldest kept message, {@code size() - 1} for the newest
	 * @throws IndexOutOfBoundsException if there is no message at that position
	 */
	public Message get(int index) {
		synchronized (lock) {
			Objects.checkIndex(index, size);
			int at = first + index;
			return ring[at >= ring.length ? at - ring.length : at];
		}
	}

	/** How many messages were ever appended, including forgotten and cleared ones. */
	public long total() {
		synchronized (lock) {
			return total;
		}
	}

	/** How many messages were forgotten to make room for newer ones (cleared ones are not counted). */
	public long forgotten() {
		synchronized (lock) {
			return forgotten;
		}
	}

	/**
	 * The kept messages with a sequence number above {@code sequence}, oldest first: what came since a reader last
	 * looked, without copying the whole store.
	 */
	public List<Message> newerThan(long sequence) {
		Message[] copy;
		synchronized (lock) {
			int low = 0;
			int high = size;
			while (low < high) { // the first kept message above sequence: the ring is in ascending order
				int middle = (low + high) >>> 1;
				int at = first + middle;
				if (ring[at >= ring.length ? at - ring.length : at].sequence() <= sequence) {
					low = middle + 1;
				} else {
					high = middle;
				}
			}
			copy = new Message[size - low];
			for (int i = 0; i < copy.length; i++) {
				int at = first + low + i;
				copy[i] = ring[at >= ring.length ? at - ring.length : at];
			}
		}
		return Collections.unmodifiableList(Arrays.asList(copy));
	}

	/** The kept messages, oldest first, as they are now: an unmodifiable copy. */
	public List<Message> snapshot() {
		Message[] copy;
		synchronized (lock) {
			copy = new Message[size];
			int head = Math.min(size, ring.length - first);
			System.arraycopy(ring, first, copy, 0, head);
			System.arraycopy(ring, 0, copy, head, size - head);
		}
		return Collections.unmodifiableList(Arrays.asList(copy));
	}

	/**
	 * Forgets every message (they are not counted as {@link #forgotten()}); sequence numbers go on from where they
	 * were. Then tells the listeners.
	 */
	public void clear() {
		synchronized (lock) {
			Arrays.fill(ring, null);
			first = 0;
			size = 0;
			if (journal != null) {
				journal.clear();
			}
		}
		changed();
	}

	/**
	 * Adds a listener told after each append and clear, on the thread that appended or cleared, without the store's
	 * lock held. It must return at once (set a flag, schedule a refresh); it is told once per message.
	 */
	public void addListener(Runnable listener) {
		Objects.requireNonNull(listener);
		synchronized (lock) {
			Runnable[] grown = Arrays.copyOf(listeners, listeners.length + 1);
			grown[grown.length - 1] = listener;
			listeners = grown;
		}
	}

	public void removeListener(Runnable listener) {
		synchronized (lock) {
			Runnable[] current = listeners;
			for (int i = 0; i < current.length; i++) {
				if (current[i] == listener) {
					Runnable[] shrunk = new Runnable[current.length - 1];
					System.arraycopy(current, 0, shrunk, 0, i);
					System.arraycopy(current, i + 1, shrunk, i, current.length - i - 1);
					listeners = shrunk;
					return;
				}
			}
		}
	}

	/** Tells every listener, even if one fails; the first failure is then thrown to the appender. */
	private void changed() {
		Runnable[] current = listeners;
		RuntimeException failure = null;
		for (Runnable listener : current) {
			try {
				listener.run();
			} catch (RuntimeException e) {
				if (failure == null) {
					failure = e;
				} else {
					failure.addSuppressed(e);
				}
			}
		}
		if (failure != null) {
			throw failure;
		}
	}
}
