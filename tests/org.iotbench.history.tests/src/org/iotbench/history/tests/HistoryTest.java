package org.iotbench.history.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.iotbench.history.History;
import org.iotbench.history.TopicNode;
import org.iotbench.sessions.Direction;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.MessageStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's history on disk: what a restart shows, the size limit, damaged files, the topic tree. */
class HistoryTest {

	private static final long LIMIT = 200L * 1024 * 1024;

	@TempDir
	Path folder;

	@Test
	void aRestartShowsWhatCameBeforeAndNumbersOn() throws IOException {
		Path file = folder.resolve("p.mv.db");
		try (History history = History.open(file, LIMIT)) {
			MessageStore store = attach(history, 1000);
			for (int i = 0; i < 5000; i++) {
				store.append(i % 2 == 0 ? Direction.IN : Direction.OUT, "home/room" + (i % 7) + "/temp",
						bytes("{\"v\":" + i + "}"), i % 3, i == 4999);
			}
			assertTrue(history.flush(10, TimeUnit.SECONDS));
		}
		try (History history = History.open(file, LIMIT)) {
			assertTrue(history.openProblem().isEmpty(), () -> history.openProblem().get());
			assertEquals(5000, history.size());
			assertEquals(5000, history.lastSequence());
			MessageStore store = attach(history, 1000);
			assertEquals(1000, store.size(), "the newest messages fill the project's memory again");
			Message newest = store.get(999);
			assertEquals(5000, newest.sequence());
			assertEquals("home/room" + (4999 % 7) + "/temp", newest.topic());
			assertEquals("{\"v\":4999}", new String(newest.payload(), StandardCharsets.UTF_8));
			assertEquals(Direction.OUT, newest.direction());
			assertEquals(4999 % 3, newest.qos());
			assertTrue(newest.retained());
			assertEquals(4001, store.get(0).sequence());
			Message next = store.append(Direction.IN, "garden/new", bytes("x"), 0, false);
			assertEquals(5001, next.sequence(), "sequence numbers go on after a restart");

			TopicNode home = history.topics().find("home");
			assertNotNull(home);
			assertEquals(5000, home.subtreeCount(), "the tree counts the history of before the restart");
			assertEquals(0, home.ownCount());
			assertEquals(7, home.childCount());
			TopicNode temp = history.topics().find("home/room0/temp");
			assertEquals(715, temp.ownCount()); // i % 7 == 0 for i in 0..4999
			assertTrue(history.topics().find("home/room" + (4999 % 7) + "/temp").retained());
		}
	}

	@Test
	void theWholeHistoryCanBeReadBackwardsAndForwards() throws IOException {
		try (History history = History.open(folder.resolve("p.mv.db"), LIMIT)) {
			MessageStore store = attach(history, 10);
			for (int i = 0; i < 3000; i++) {
				store.append(Direction.IN, i % 100 == 0 ? "alarm" : "data", bytes(Integer.toString(i)), 0, false);
			}
			assertTrue(history.flush(10, TimeUnit.SECONDS));
			List<Message> alarms = new ArrayList<>();
			history.backwards(Long.MAX_VALUE, message -> {
				if (message.topic().equals("alarm")) {
					alarms.add(message);
				}
				return true;
			});
			assertEquals(30, alarms.size(), "a filter finds messages long gone from memory");
			assertEquals("2900", new String(alarms.get(0).payload(), StandardCharsets.UTF_8));
			long[] previous = { 0 };
			int[] count = { 0 };
			history.forwards(message -> {
				assertTrue(message.sequence() > previous[0]);
				previous[0] = message.sequence();
				count[0]++;
				return true;
			});
			assertEquals(3000, count[0]);
		}
	}

	@Test
	void theOldestAreDroppedAndCountedBeyondTheLimit() throws IOException {
		Path file = folder.resolve("p.mv.db");
		long limit = 2L * 1024 * 1024;
		byte[] payload = new byte[1000];
		new java.util.Random(1).nextBytes(payload); // random bytes do not compress: the limit is really met
		try (History history = History.open(file, limit)) {
			MessageStore store = attach(history, 100);
			for (int i = 0; i < 10_000; i++) { // about 10 MB
				store.append(Direction.IN, "cam/frame", payload, 0, false);
				if (i % 1000 == 999) {
					assertTrue(history.flush(10, TimeUnit.SECONDS));
					sleep(History.COMMIT_MS + 100); // the writer checks the limit after each commit period
				}
			}
			assertTrue(history.flush(10, TimeUnit.SECONDS));
			sleep(History.COMMIT_MS + 100);
			assertTrue(history.flush(10, TimeUnit.SECONDS));
			assertTrue(history.dropped() > 7000, "dropped " + history.dropped());
			assertEquals(10_000, history.dropped() + history.size(), "every message is stored or counted as dropped");
			assertEquals(10_000, history.newest(1).get(0).sequence(), "the newest are kept");
			assertTrue(history.bytesOnDisk() < 3 * limit, "file of " + history.bytesOnDisk() + " bytes");
		}
		try (History history = History.open(file, limit)) {
			assertTrue(history.dropped() > 7000, "the dropped count survives a restart");
		}
	}

	@Test
	void clearingForgetsMessagesAndTopicsButNotTheNumbering() throws IOException {
		Path file = folder.resolve("p.mv.db");
		try (History history = History.open(file, LIMIT)) {
			MessageStore store = attach(history, 100);
			for (int i = 0; i < 500; i++) {
				store.append(Direction.IN, "a/b", bytes("1"), 0, false);
			}
			store.clear();
			assertTrue(history.flush(10, TimeUnit.SECONDS));
			assertEquals(0, history.size());
			assertEquals(0, history.topics().root().subtreeCount());
			store.append(Direction.IN, "c", bytes("2"), 0, false);
			assertTrue(history.flush(10, TimeUnit.SECONDS));
		}
		try (History history = History.open(file, LIMIT)) {
			assertEquals(1, history.size());
			assertEquals(501, history.lastSequence());
			assertEquals(null, history.topics().find("a/b"));
			assertEquals(1, history.topics().find("c").ownCount());
		}
	}

	@Test
	void aFileThatIsNotAHistoryIsKeptAsideAndANewOneStarts() throws IOException {
		Path file = folder.resolve("p.mv.db");
		byte[] garbage = new byte[64 * 1024];
		new java.util.Random(7).nextBytes(garbage);
		Files.write(file, garbage);
		try (History history = History.open(file, LIMIT)) {
			assertTrue(history.openProblem().isPresent(), "the user is told");
			assertEquals(0, history.size());
			attach(history, 10).append(Direction.IN, "t", bytes("after"), 0, false);
			assertTrue(history.flush(10, TimeUnit.SECONDS));
		}
		List<Path> aside;
		try (var files = Files.list(folder)) {
			aside = files.filter(p -> p.getFileName().toString().startsWith("p.mv.db.damaged-")).toList();
		}
		assertEquals(1, aside.size(), "the damaged file is kept");
		assertArrayEquals(garbage, Files.readAllBytes(aside.get(0)), "as it was");
		try (History history = History.open(file, LIMIT)) {
			assertEquals(1, history.size(), "the new history works");
		}
	}

	@Test
	void aCutTailLosesTheTailOnly() throws IOException {
		Path file = folder.resolve("p.mv.db");
		try (History history = History.open(file, LIMIT)) {
			MessageStore store = attach(history, 10);
			for (int round = 0; round < 10; round++) {
				for (int i = 0; i < 1000; i++) {
					store.append(Direction.IN, "s/" + (i % 10), bytes("{\"n\":" + (round * 1000 + i) + "}"), 0,
							false);
				}
				assertTrue(history.flush(10, TimeUnit.SECONDS)); // ten commits: ten chunks
			}
		}
		long size = Files.size(file);
		try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
			channel.truncate(size - 3000); // as if the last write was cut off by a crash
		}
		try (History history = History.open(file, LIMIT)) {
			assertTrue(history.size() >= 5000, "most of the history is kept: " + history.size());
			List<Message> newest = history.newest(1);
			assertEquals(history.lastSequence() >= newest.get(0).sequence(), true);
		}
	}

	@Test
	void theTreeMarksRetainedTopicsUntilTheyAreDeleted() throws IOException {
		try (History history = History.open(folder.resolve("p.mv.db"), LIMIT)) {
			MessageStore store = attach(history, 100);
			store.append(Direction.IN, "site/a/state", bytes("on"), 1, true);
			store.append(Direction.IN, "site/b/state", bytes("off"), 1, true);
			store.append(Direction.IN, "site/b/temp", bytes("21"), 0, false);
			store.append(Direction.IN, "site/c/state", bytes("on"), 1, true);
			store.append(Direction.IN, "site/c/state", new byte[0], 1, true); // deleted by an empty retained message
			assertTrue(history.flush(10, TimeUnit.SECONDS));
			TopicNode site = history.topics().find("site");
			assertEquals(2, site.retainedInSubtree());
			assertEquals(List.of("site/b/state"), history.topics().retainedTopics(history.topics().find("site/b")));
			assertFalse(history.topics().find("site/c/state").retained());
			assertEquals(5, site.subtreeCount());
			assertTrue(site.messageRate(System.currentTimeMillis()) > 0, "live messages count in the rate");
			history.retainedDeleted("site/a/state");
			assertTrue(history.flush(10, TimeUnit.SECONDS));
			assertEquals(1, site.retainedInSubtree());
			store.append(Direction.IN, "site/d/state", bytes("on"), 1, false); // as MQTT delivers it: unflagged
			store.retained("site/d/state", true); // but the local broker says it keeps it
			assertTrue(history.flush(10, TimeUnit.SECONDS));
			assertTrue(history.topics().find("site/d/state").retained());
			assertEquals(2, site.retainedInSubtree());
		}
	}

	@Test
	void aKilledWriterLosesAtMostTheLastSecond() throws Exception {
		Path file = folder.resolve("p.mv.db");
		long previous = 0;
		for (int round = 0; round < 3; round++) {
			Process process = new ProcessBuilder(javaCommand(), "-cp", classPath(), HistoryWriterProcess.class.getName(),
					file.toString(), Long.toString(LIMIT)).redirectErrorStream(true).start();
			List<long[]> recorded = new ArrayList<>(); // {nanoTime, sequence}
			long killAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500 + 700 * round);
			try (var lines = new java.io.BufferedReader(
					new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while (System.nanoTime() < killAt && (line = lines.readLine()) != null) {
					if (line.startsWith("opened ")) {
						assertTrue(Long.parseLong(line.substring(7)) >= previous,
								"the history reopens with what the last process wrote: " + line);
					} else if (line.startsWith("recorded ")) {
						recorded.add(new long[] { System.nanoTime(), Long.parseLong(line.substring(9)) });
					}
				}
				process.destroyForcibly(); // SIGKILL
				long killed = System.nanoTime();
				assertTrue(process.waitFor(10, TimeUnit.SECONDS));
				assertFalse(recorded.isEmpty(), "the writer ran");
				long safe = 0; // what was recorded more than a second before the kill
				for (long[] entry : recorded) {
					if (killed - entry[0] > TimeUnit.MILLISECONDS.toNanos(1000)) {
						safe = entry[1];
					}
				}
				try (History history = History.open(file, LIMIT)) {
					assertTrue(history.lastSequence() >= safe, "kept up to " + history.lastSequence()
							+ ", but " + safe + " were recorded more than a second before the kill");
					assertTrue(history.openProblem().isPresent(), "the abrupt stop is reported");
					assertEquals(history.lastSequence(), history.size(), "no message is missing before the end");
					previous = history.lastSequence();
				}
			}
		}
		assertTrue(previous > 0);
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** Where the classes of the history, the sessions, MVStore, NLS and this test live. */
	private static String classPath() {
		List<String> paths = new ArrayList<>();
		for (Class<?> type : List.of(History.class, Message.class, org.h2.mvstore.MVStore.class,
				org.eclipse.osgi.util.NLS.class, HistoryWriterProcess.class)) {
			try {
				paths.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
			} catch (java.net.URISyntaxException e) {
				throw new IllegalStateException(e);
			}
		}
		return String.join(java.io.File.pathSeparator, paths);
	}

	private static MessageStore attach(History history, int capacity) {
		MessageStore store = new MessageStore(capacity);
		store.restore(history.newest(capacity), history.lastSequence());
		store.setJournal(history);
		return store;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
