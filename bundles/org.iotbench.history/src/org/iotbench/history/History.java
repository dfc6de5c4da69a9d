package org.iotbench.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.MVStoreTool;
import org.iotbench.history.internal.Messages;
import org.iotbench.history.internal.RecordCodec;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.MessageJournal;

/**
 * A project's messages on disk, in an H2 MVStore file: every message the project records, bounded by a size limit
 * (the oldest dropped first, and counted), and the {@link TopicTree} of them.
 * <p>
 * Recording never waits for the disk: messages are queued and a writer thread stores them in batches; the store
 * commits at least every {@value #COMMIT_MS} ms, so that a crash loses at most the last second. MVStore writes
 * append-only chunks with checksums: after a crash it opens at the last complete one. A file it cannot open at all is
 * repaired from a copy kept aside, or kept aside and replaced by a new history; {@link #openProblem()} says which.
 */
public final class History implements MessageJournal, AutoCloseable {

	/** The size limit of a project's history unless the user chose another. */
	public static final long DEFAULT_LIMIT = 200L * 1024 * 1024;
	/** How often the store commits at the latest. */
	public static final int COMMIT_MS = 500;
	/** Messages queued beyond this are not written (counted in {@link #unwritten()}): the disk cannot keep up. */
	static final int MAX_QUEUE = 500_000;
	/** Bytes a record costs beyond its value: its key and the page's bookkeeping, about. */
	private static final int RECORD_OVERHEAD = 12;
	/** When the limit is hit, the history is cut to this share of it, so that dropping happens in batches. */
	private static final double CUT_TO = 0.9;

	private static final String META_LAST_SEQUENCE = "lastSequence"; //$NON-NLS-1$
	private static final String META_STATS_SEQUENCE = "statsSequence"; //$NON-NLS-1$
	private static final String META_DROPPED = "dropped"; //$NON-NLS-1$
	private static final String META_BYTES = "bytes"; //$NON-NLS-1$
	private static final String META_OPEN = "open"; //$NON-NLS-1$
	private static final Object CLEAR = new Object();
	private static final int ERROR_FILE_LOCKED = 7;

	private final Path file;
	private volatile long limit;
	private final MVStore store;
	private final MVMap<Long, byte[]> records;
	private final MVMap<Integer, String> topicNames;
	private final MVMap<Integer, byte[]> topicStats;
	private final MVMap<String, Long> meta;
	private final TopicTree tree = new TopicTree();
	private final Map<Integer, String> namesById = new ConcurrentHashMap<>();
	/** Written by the writer thread only. */
	private final Map<String, Integer> idsByName = new HashMap<>();
	private final java.util.Set<Integer> dirtyTopics = new java.util.HashSet<>();
	private final Object queueLock = new Object();
	private List<Object> queue = new ArrayList<>();
	private long unwritten;
	private volatile boolean closing;
	private final Thread writer;
	private final Thread shutdown;
	private final String openProblem;
	private volatile long dropped;
	private volatile long bytes;
	private volatile long lastSequence;
	private volatile String writeProblem;

	private History(Path file, long limit, MVStore store, String openProblem) {
		this.file = file;
		this.limit = limit;
		this.store = store;
		store.setAutoCommitDelay(COMMIT_MS);
		records = store.openMap("records"); //$NON-NLS-1$
		topicNames = store.openMap("topicNames"); //$NON-NLS-1$
		topicStats = store.openMap("topicStats"); //$NON-NLS-1$
		meta = store.openMap("meta"); //$NON-NLS-1$
		String problem = openProblem;
		if (problem == null && meta.getOrDefault(META_OPEN, 0L) != 0L) {
			problem = NLS.bind(Messages.History_notClosed, file);
		}
		this.openProblem = problem;
		load();
		meta.put(META_OPEN, 1L);
		writer = new Thread(this::write, "History writer " + file.getFileName()); //$NON-NLS-1$
		writer.setDaemon(true);
		writer.start();
		// a workbench ended by a signal (logout, shutdown, kill) does not stop its bundles: close the file anyway
		shutdown = new Thread(this::close, "History close at exit " + file.getFileName()); //$NON-NLS-1$
		Runtime.getRuntime().addShutdownHook(shutdown);
	}

	/**
	 * Opens a history file, or makes a new one. A damaged file is repaired if it can be, else kept aside; the history
	 * opens either way and {@link #openProblem()} tells what happened.
	 *
	 * @param limit the most bytes the history keeps, about; the oldest messages are dropped beyond it
	 * @throws IOException if the file is used by another process, or the folder cannot be written
	 */
	public static History open(Path file, long limit) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try {
			return new History(file, limit, openStore(file), null);
		} catch (MVStoreException e) {
			if (e.getErrorCode() == ERROR_FILE_LOCKED) {
				throw new IOException(NLS.bind(Messages.History_locked, file), e);
			}
			Path aside = keepAside(file);
			try {
				MVStoreTool.repair(file.toString());
				return new History(file, limit, openStore(file),
						NLS.bind(Messages.History_repaired, new Object[] { file, e.getMessage(), aside }));
			} catch (RuntimeException repairFailed) {
				Files.deleteIfExists(file);
				return new History(file, limit, openStore(file),
						NLS.bind(Messages.History_unreadable, new Object[] { file, e.getMessage(), aside }));
			}
		} catch (IllegalStateException e) {
			Path aside = keepAside(file);
			Files.deleteIfExists(file);
			return new History(file, limit, openStore(file),
					NLS.bind(Messages.History_unreadable, new Object[] { file, e.getMessage(), aside }));
		}
	}

	private static MVStore openStore(Path file) {
		return new MVStore.Builder().fileName(file.toString()).compress().open();
	}

	private static Path keepAside(Path file) throws IOException {
		String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")); //$NON-NLS-1$
		Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp); //$NON-NLS-1$
		Files.copy(file, aside, StandardCopyOption.REPLACE_EXISTING);
		return aside;
	}

	/** Reads the topics and their figures; counts the messages written after the figures were last saved. */
	private void load() {
		for (Iterator<Integer> ids = topicNames.keyIterator(null); ids.hasNext();) {
			Integer id = ids.next();
			String name = topicNames.get(id);
			namesById.put(id, name);
			idsByName.put(name, id);
		}
		for (Iterator<Integer> ids = topicStats.keyIterator(null); ids.hasNext();) {
			Integer id = ids.next();
			String name = namesById.get(id);
			if (name != null) {
				TopicStats.restore(tree, name, topicStats.get(id));
			}
		}
		dropped = meta.getOrDefault(META_DROPPED, 0L);
		long counted = meta.getOrDefault(META_STATS_SEQUENCE, 0L);
		long sum = meta.getOrDefault(META_BYTES, 0L);
		Cursor<Long, byte[]> newer = records.cursor(counted + 1, null, false);
		while (newer.hasNext()) {
			long sequence = newer.next();
			byte[] record = newer.getValue();
			int id = RecordCodec.topicId(record);
			String name = namesById.get(id);
			if (name != null) {
				Message message = RecordCodec.decode(sequence, record, name, null);
				tree.add(name, message.time().toEpochMilli(), message.payload(), message.retained(), false);
				dirtyTopics.add(id);
			}
			sum += record.length + RECORD_OVERHEAD;
		}
		bytes = sum;
		Long last = records.lastKey();
		lastSequence = Math.max(last == null ? 0 : last, meta.getOrDefault(META_LAST_SEQUENCE, 0L));
	}

	/** What was wrong with the file when it opened, in words, if anything. */
	public Optional<String> openProblem() {
		return Optional.ofNullable(openProblem);
	}

	public Path file() {
		return file;
	}

	public long limit() {
		return limit;
	}

	/** Changes the size limit; a smaller one drops the oldest messages within a second. */
	public void setLimit(long bytes) {
		limit = bytes;
	}

	public TopicTree topics() {
		return tree;
	}

	/** Queues a message to be written; returns at once. */
	@Override
	public void record(Message message) {
		synchronized (queueLock) {
			if (closing) {
				return;
			}
			if (queue.size() >= MAX_QUEUE) {
				unwritten++;
				return;
			}
			queue.add(message);
			if (queue.size() == 1) {
				queueLock.notifyAll();
			}
		}
	}

	/** Forgets every stored message and the topic tree (after the messages queued before). */
	@Override
	public void clear() {
		enqueue(CLEAR);
	}

	/** Marks a topic as holding no retained message any more: it was deleted from the broker. */
	public void retainedDeleted(String topic) {
		enqueue(new RetainedChanged(topic, false));
	}

	@Override
	public void retained(String topic, boolean held) {
		enqueue(new RetainedChanged(topic, held));
	}

	/**
	 * Writes what is queued and commits it.
	 *
	 * @return whether it was done within the time
	 */
	public boolean flush(long timeout, TimeUnit unit) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		enqueue(done);
		try {
			done.get(timeout, unit);
			return true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		} catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
			return false;
		}
	}

	private void enqueue(Object item) {
		synchronized (queueLock) {
			if (closing) {
				if (item instanceof CompletableFuture<?> future) {
					future.complete(null);
				}
				return;
			}
			queue.add(item);
			queueLock.notifyAll();
		}
	}

	/** How many messages are stored now. */
	public long size() {
		return records.sizeAsLong();
	}

	/** The highest sequence number stored so far (also after a clear): a session numbers on from it. */
	public long lastSequence() {
		return lastSequence;
	}

	/** Messages dropped, oldest first, to keep the history within its limit. */
	public long dropped() {
		return dropped;
	}

	/** Messages queued and not written yet. */
	public int pending() {
		synchronized (queueLock) {
			return queue.size();
		}
	}

	/** Messages not written: the disk could not keep up (the queue was full) or failed ({@link #writeProblem()}). */
	public long unwritten() {
		synchronized (queueLock) {
			return unwritten;
		}
	}

	/** Why messages were last not written (the disk is full, ...), if they ever were not. */
	public Optional<String> writeProblem() {
		return Optional.ofNullable(writeProblem);
	}

	/** The size of the file now. */
	public long bytesOnDisk() {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return 0;
		}
	}

	/** The newest stored messages, oldest first: at most {@code max}. */
	public List<Message> newest(int max) {
		List<Message> found = new ArrayList<>(Math.min(max, 10_000));
		backwards(Long.MAX_VALUE, message -> {
			found.add(message);
			return found.size() < max;
		});
		java.util.Collections.reverse(found);
		return found;
	}

	/**
	 * Walks the stored messages from the newest to the oldest, starting below a sequence number, as long as the
	 * visitor returns true. The messages are read as the store is now; later ones are not seen.
	 */
	public void backwards(long before, Predicate<Message> visitor) {
		walk(records.cursor(before == Long.MAX_VALUE ? null : before - 1, null, true), visitor);
	}

	/** The stored messages from the oldest on, as long as the visitor returns true. */
	public void forwards(Predicate<Message> visitor) {
		walk(records.cursor(null), visitor);
	}

	/** Decodes the records a cursor passes, as long as the visitor returns true. */
	private void walk(Cursor<Long, byte[]> cursor, Predicate<Message> visitor) {
		Instant time = null;
		while (cursor.hasNext()) {
			long sequence = cursor.next();
			byte[] record = cursor.getValue();
			String name = namesById.get(RecordCodec.topicId(record));
			if (name == null) {
				continue; // its topic was cleared meanwhile
			}
			Message message = RecordCodec.decode(sequence, record, name, time);
			time = message.time(); // messages of the same millisecond share their Instant
			if (!visitor.test(message)) {
				return;
			}
		}
	}

	// the writer thread

	private void write() {
		long lastSaved = System.nanoTime();
		while (true) {
			List<Object> batch;
			synchronized (queueLock) {
				if (queue.isEmpty() && !closing) {
					try {
						queueLock.wait(COMMIT_MS);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						closing = true;
					}
				}
				batch = queue;
				queue = new ArrayList<>();
			}
			int taken = 0;
			try {
				for (Object item : batch) {
					taken++;
					if (item instanceof Message message) {
						store(message);
					} else if (item == CLEAR) {
						erase();
					} else if (item instanceof RetainedChanged changed) {
						tree.markRetained(changed.topic(), changed.held());
						Integer id = idsByName.get(changed.topic());
						if (id != null) {
							dirtyTopics.add(id);
						}
					} else if (item instanceof CompletableFuture<?> done) {
						saveFigures();
						store.commit();
						done.complete(null);
					}
				}
				if (System.nanoTime() - lastSaved >= TimeUnit.MILLISECONDS.toNanos(COMMIT_MS)) {
					saveFigures();
					keepWithinLimit();
					lastSaved = System.nanoTime();
				}
			} catch (RuntimeException e) {
				if (store.isClosed()) {
					return; // closed under us: the process ends
				}
				// the disk is full or failing: the rest of this batch is lost, counted and said; the next one retries
				long lost = batch.subList(Math.max(0, taken - 1), batch.size()).stream()
						.filter(Message.class::isInstance).count();
				synchronized (queueLock) {
					unwritten += lost;
				}
				writeProblem = e.getMessage() == null ? e.toString() : e.getMessage();
			}
			if (closing && batch.isEmpty()) {
				synchronized (queueLock) {
					if (queue.isEmpty()) {
						return;
					}
				}
			}
		}
	}

	private void store(Message message) {
		String name = message.topic();
		Integer id = idsByName.get(name);
		if (id == null) {
			id = idsByName.size() + 1;
			while (namesById.containsKey(id)) {
				id++;
			}
			topicNames.put(id, name);
			namesById.put(id, name);
			idsByName.put(name, id);
		}
		byte[] record = RecordCodec.encode(message, id);
		records.put(message.sequence(), record);
		bytes += record.length + RECORD_OVERHEAD;
		lastSequence = Math.max(lastSequence, message.sequence());
		tree.add(name, message.time().toEpochMilli(), message.payload(), message.retained(), true);
		dirtyTopics.add(id);
	}

	private void erase() {
		records.clear();
		topicStats.clear();
		topicNames.clear();
		namesById.clear();
		idsByName.clear();
		dirtyTopics.clear();
		tree.clear();
		bytes = 0;
		dropped = 0;
		meta.put(META_DROPPED, 0L);
		meta.put(META_BYTES, 0L);
		meta.put(META_STATS_SEQUENCE, lastSequence);
		meta.put(META_LAST_SEQUENCE, lastSequence);
		store.commit();
	}

	/** Saves the figures of the topics that changed, and up to which message they count. */
	private void saveFigures() {
		for (Integer id : dirtyTopics) {
			String name = namesById.get(id);
			byte[] stats = name == null ? null : TopicStats.of(tree, name);
			if (stats != null) {
				topicStats.put(id, stats);
			}
		}
		dirtyTopics.clear();
		meta.put(META_STATS_SEQUENCE, lastSequence);
		meta.put(META_LAST_SEQUENCE, lastSequence);
		meta.put(META_BYTES, bytes);
	}

	/** Drops the oldest messages while the history is over its limit. */
	private void keepWithinLimit() {
		if (bytes <= limit) {
			return;
		}
		long target = (long) (limit * CUT_TO);
		long removed = 0;
		long freed = 0;
		Cursor<Long, byte[]> oldest = records.cursor(null);
		List<Long> keys = new ArrayList<>();
		while (oldest.hasNext() && bytes - freed > target) {
			keys.add(oldest.next());
			freed += oldest.getValue().length + RECORD_OVERHEAD;
		}
		for (Long key : keys) {
			if (records.remove(key) != null) {
				removed++;
			}
		}
		bytes -= freed;
		dropped += removed;
		meta.put(META_DROPPED, dropped);
		meta.put(META_BYTES, bytes);
	}

	/** Writes what is queued, commits and closes the file. */
	@Override
	public void close() {
		synchronized (queueLock) {
			if (closing) {
				return;
			}
			closing = true;
			queueLock.notifyAll();
		}
		if (Thread.currentThread() != shutdown) {
			try {
				Runtime.getRuntime().removeShutdownHook(shutdown);
			} catch (IllegalStateException e) {
				// the JVM is exiting: the hook closes it, or has
			}
		}
		try {
			writer.join(TimeUnit.SECONDS.toMillis(30));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		if (!store.isClosed()) {
			saveFigures();
			meta.put(META_OPEN, 0L);
			store.close();
		}
	}

	/** Deletes a closed history's file. */
	public static void delete(Path file) throws IOException {
		Files.deleteIfExists(file);
	}

	private record RetainedChanged(String topic, boolean held) {
	}
}
