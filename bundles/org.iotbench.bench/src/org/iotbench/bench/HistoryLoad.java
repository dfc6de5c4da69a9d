package org.iotbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.iotbench.history.History;
import org.iotbench.sessions.Direction;
import org.iotbench.sessions.MessageStore;

/**
 * The history load: a project's history on disk fed with {@value #MESSAGES} messages on {@value #TOPICS} topics, as
 * fast as the writer takes them, then closed and opened again as a restart of the workbench does. It measures the
 * sustained write rate, the bytes each message takes on disk, the time to open the history again and show its newest
 * messages, the time a filter that matches nothing takes to search all of it, and the heap the opened history
 * holds. No peer has a history: these figures are ours only.
 */
final class HistoryLoad {

	static final int MESSAGES = 1_000_000;
	static final int TOPICS = 10_000;
	/** The queue depth the feeder keeps below: the writer's pace, not the feeder's, is measured. */
	private static final int MAX_PENDING = 50_000;

	record Result(double writePerSecond, double bytesPerMessage, double reopenMillis, double scanMillis,
			double openHeapMb, long stored, long dropped, long unwritten) {
	}

	private final Path folder;
	private final BooleanSupplier cancelled;

	HistoryLoad(Path folder, BooleanSupplier cancelled) {
		this.folder = folder;
		this.cancelled = cancelled;
	}

	Result run() throws IOException, InterruptedException {
		Files.createDirectories(folder);
		Path file = folder.resolve("history.mv.db");
		Files.deleteIfExists(file);
		String[] topics = new String[TOPICS];
		for (int i = 0; i < TOPICS; i++) {
			topics[i] = "site/building" + (i / 1000) + "/room" + (i / 100 % 10) + "/sensor" + (i % 100);
		}
		double writePerSecond;
		try (History history = History.open(file, History.DEFAULT_LIMIT * 10)) {
			MessageStore store = new MessageStore(MessageStore.DEFAULT_CAPACITY);
			store.setJournal(history);
			long start = System.nanoTime();
			for (int i = 0; i < MESSAGES && !cancelled.getAsBoolean(); i++) {
				String payload = "{\"seq\":" + i + ",\"temp\":" + (18 + i % 70 / 10.0) + ",\"ok\":true}";
				store.append(Direction.IN, topics[i % TOPICS], payload.getBytes(StandardCharsets.UTF_8), i % 2, false);
				if (i % 1024 == 0) {
					while (history.pending() > MAX_PENDING) {
						TimeUnit.MILLISECONDS.sleep(1);
					}
				}
			}
			if (!history.flush(5, TimeUnit.MINUTES)) {
				throw new IOException("the history did not finish writing in 5 minutes");
			}
			writePerSecond = store.total() / ((System.nanoTime() - start) / 1e9);
		}
		double bytesPerMessage = Files.size(file) / (double) MESSAGES;
		long heapBefore = Heap.usedAfterGc();
		long openStart = System.nanoTime();
		try (History history = History.open(file, History.DEFAULT_LIMIT * 10)) {
			MessageStore store = new MessageStore(MessageStore.DEFAULT_CAPACITY);
			store.restore(history.newest(store.capacity()), history.lastSequence());
			double reopenMillis = (System.nanoTime() - openStart) / 1e6;
			long heapAfter = Heap.usedAfterGc();
			long scanStart = System.nanoTime();
			long[] seen = { 0 };
			history.backwards(Long.MAX_VALUE, message -> {
				seen[0]++;
				return !message.topic().equals("never/matches"); //$NON-NLS-1$
			});
			double scanMillis = (System.nanoTime() - scanStart) / 1e6;
			java.lang.ref.Reference.reachabilityFence(store); // its messages count in the heap measured above
			return new Result(writePerSecond, bytesPerMessage, reopenMillis, scanMillis,
					(heapAfter - heapBefore) / 1e6, history.size(), history.dropped(), history.unwritten());
		}
	}
}
