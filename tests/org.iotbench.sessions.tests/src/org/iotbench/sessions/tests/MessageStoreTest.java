package org.iotbench.sessions.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.iotbench.sessions.Direction;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.MessageStore;
import org.junit.jupiter.api.Test;

/** The bounded history of a project. */
class MessageStoreTest {

	private static final byte[] PAYLOAD = "21.5".getBytes(StandardCharsets.UTF_8);

	@Test
	void whenFullTheNewestAreKeptInOrderAndTheOthersCounted() {
		MessageStore store = new MessageStore(1_000);
		for (int i = 1; i <= 1_500; i++) {
			Message appended = store.append(Direction.IN, "t/" + i, PAYLOAD, 1, false);
			assertEquals(i, appended.sequence());
		}

		assertEquals(1_000, store.size());
		assertEquals(1_500, store.total());
		assertEquals(500, store.forgotten());
		List<Message> snapshot = store.snapshot();
		assertEquals(1_000, snapshot.size());
		for (int i = 0; i < 1_000; i++) {
			assertEquals(501 + i, snapshot.get(i).sequence());
			assertEquals("t/" + (501 + i), snapshot.get(i).topic());
			assertSame(snapshot.get(i), store.get(i));
		}
		assertThrows(IndexOutOfBoundsException.class, () -> store.get(1_000));
		assertThrows(IndexOutOfBoundsException.class, () -> store.get(-1));
		assertThrows(UnsupportedOperationException.class, () -> snapshot.clear(), "a snapshot cannot change the store");
	}

	@Test
	void aReaderGetsOnlyWhatCameSinceItLastLooked() {
		MessageStore store = new MessageStore(100);
		for (int i = 0; i < 250; i++) {
			store.append(Direction.IN, "t", PAYLOAD, 0, false);
		}
		List<Message> since = store.newerThan(240);
		assertEquals(List.of(241L, 242L, 243L, 244L, 245L, 246L, 247L, 248L, 249L, 250L),
				since.stream().map(Message::sequence).toList());
		assertEquals(100, store.newerThan(0).size(), "only kept messages, from the oldest kept");
		assertEquals(151, store.newerThan(0).get(0).sequence());
		assertTrue(store.newerThan(250).isEmpty());
	}

	@Test
	void restoredMessagesComeFirstAndNumberingGoesOnAfterThem() {
		MessageStore earlier = new MessageStore(10);
		for (int i = 0; i < 30; i++) {
			earlier.append(Direction.IN, "t/" + i, PAYLOAD, 0, false);
		}
		List<String> journal = new java.util.ArrayList<>();
		MessageStore store = new MessageStore(5);
		store.restore(earlier.snapshot(), 42);
		store.setJournal(new org.iotbench.sessions.MessageJournal() {
			@Override
			public void record(Message message) {
				journal.add(message.topic());
			}

			@Override
			public void clear() {
				journal.add("cleared");
			}
		});
		assertEquals(5, store.size(), "the newest that fit");
		assertEquals("t/25", store.get(0).topic());
		assertEquals(43, store.append(Direction.IN, "new", PAYLOAD, 0, false).sequence());
		store.clear();
		assertEquals(List.of("new", "cleared"), journal, "restored messages are not journaled again");
		assertThrows(IllegalStateException.class, () -> store.restore(List.of(), 0));
	}

	@Test
	void appendedMessagesCarryWhatWasGiven() {
		MessageStore store = new MessageStore(10);
		Message message = store.append(Direction.OUT, "lights/desk", PAYLOAD, 2, true);

		assertEquals(new Message(1, message.time(), Direction.OUT, "lights/desk", PAYLOAD, 2, true), message);
		assertTrue(message.time() != null && !message.time().isAfter(java.time.Instant.now()));
		assertSame(message, store.get(0));
	}

	@Test
	void clearingForgetsTheMessagesButNotTheCountsOrTheSequence() {
		MessageStore store = new MessageStore(3);
		AtomicInteger told = new AtomicInteger();
		store.addListener(told::incrementAndGet);
		for (int i = 0; i < 5; i++) {
			store.append(Direction.IN, "t", PAYLOAD, 0, false);
		}
		store.clear();

		assertEquals(0, store.size());
		assertEquals(List.of(), store.snapshot());
		assertEquals(5, store.total());
		assertEquals(2, store.forgotten(), "cleared messages are not counted as forgotten");
		assertEquals(6, told.get(), "after each append and the clear");
		assertEquals(6, store.append(Direction.IN, "t", PAYLOAD, 0, false).sequence());
		assertEquals(1, store.size());
	}

	@Test
	void aRemovedListenerIsNotToldAndAFailingOneDoesNotStopTheOthers() {
		MessageStore store = new MessageStore(3);
		AtomicInteger first = new AtomicInteger();
		AtomicInteger second = new AtomicInteger();
		Runnable failing = () -> {
			throw new IllegalStateException("broken view");
		};
		Runnable counting = first::incrementAndGet;
		store.addListener(failing);
		store.addListener(counting);
		store.addListener(second::incrementAndGet);

		assertThrows(IllegalStateException.class, () -> store.append(Direction.IN, "t", PAYLOAD, 0, false));
		assertEquals(1, store.size(), "recorded all the same");
		assertEquals(1, first.get());
		assertEquals(1, second.get());

		store.removeListener(failing);
		store.removeListener(counting);
		store.append(Direction.IN, "t", PAYLOAD, 0, false);
		assertEquals(1, first.get());
		assertEquals(2, second.get());
	}

	@Test
	void concurrentAppendsLoseNothingAndKeepSequencesUnique() throws Exception {
		int threads = 4;
		int each = 25_000;
		MessageStore store = new MessageStore(threads * each);
		AtomicInteger told = new AtomicInteger();
		store.addListener(told::incrementAndGet);

		appendConcurrently(store, threads, each);

		assertEquals(threads * each, store.size());
		assertEquals(threads * each, store.total());
		assertEquals(0, store.forgotten());
		assertEquals(threads * each, told.get());
		List<Message> all = store.snapshot();
		for (int i = 0; i < all.size(); i++) {
			assertEquals(i + 1, all.get(i).sequence(), "unique, in the order kept");
		}
		for (int t = 0; t < threads; t++) {
			String topic = "thread/" + t;
			List<Message> mine = all.stream().filter(m -> m.topic().equals(topic)).toList();
			assertEquals(each, mine.size(), topic);
			for (int i = 0; i < each; i++) {
				assertEquals(i, indexOf(mine.get(i)), "each thread's order is kept");
			}
		}
	}

	@Test
	void concurrentAppendsToAFullStoreKeepTheNewest() throws Exception {
		int threads = 4;
		int each = 10_000;
		MessageStore store = new MessageStore(1_000);
		List<Message> seen = new ArrayList<>();
		Thread reader = new Thread(() -> {
			while (store.total() < threads * each) {
				List<Message> snapshot = store.snapshot();
				for (int i = 1; i < snapshot.size(); i++) {
					if (snapshot.get(i).sequence() != snapshot.get(i - 1).sequence() + 1) {
						synchronized (seen) {
							seen.add(snapshot.get(i));
						}
					}
				}
			}
		});
		reader.start();

		appendConcurrently(store, threads, each);
		reader.join();

		assertEquals(List.of(), seen, "every snapshot is consecutive");
		assertEquals(1_000, store.size());
		assertEquals(threads * each - 1_000, store.forgotten());
		List<Message> kept = store.snapshot();
		for (int i = 0; i < kept.size(); i++) {
			assertEquals(threads * each - 999 + i, kept.get(i).sequence());
		}
	}

	/** The payload of the stress messages holds the thread's own counter. */
	private static int indexOf(Message message) {
		return Integer.parseInt(new String(message.payload(), StandardCharsets.US_ASCII));
	}

	private static void appendConcurrently(MessageStore store, int threads, int each) throws InterruptedException {
		CountDownLatch go = new CountDownLatch(1);
		List<Thread> started = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			String topic = "thread/" + t;
			byte[][] payloads = new byte[each][];
			for (int i = 0; i < each; i++) {
				payloads[i] = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
			}
			Thread thread = new Thread(() -> {
				try {
					go.await();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
				for (int i = 0; i < each; i++) {
					store.append(Direction.IN, topic, payloads[i], 0, false);
				}
			});
			thread.start();
			started.add(thread);
		}
		go.countDown();
		for (Thread thread : started) {
			thread.join();
		}
	}
}
