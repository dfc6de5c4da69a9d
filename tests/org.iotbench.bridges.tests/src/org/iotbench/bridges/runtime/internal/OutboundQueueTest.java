package org.iotbench.bridges.runtime.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk queue of messages bound upstream: order, bound, restart, a damaged file. */
class OutboundQueueTest {

	@TempDir
	Path folder;

	@Test
	void messagesComeOutInOrderAndSurviveAReopen() throws Exception {
		Path file = folder.resolve("cloud.queue");
		try (OutboundQueue queue = new OutboundQueue(file, 1 << 20)) {
			queue.add("meter/1", "a".getBytes(UTF_8), 1, false);
			queue.add("meter/2", "b".getBytes(UTF_8), 2, true);
			queue.add("meter/3", "c".getBytes(UTF_8), 1, false);
			List<OutboundQueue.Entry> first = queue.after(0, 2);
			assertEquals(List.of("meter/1", "meter/2"), first.stream().map(OutboundQueue.Entry::topic).toList());
			assertEquals(2, first.get(1).qos());
			assertTrue(first.get(1).retain());
			queue.remove(first.get(0).key());
		}
		try (OutboundQueue queue = new OutboundQueue(file, 1 << 20)) {
			List<OutboundQueue.Entry> left = queue.after(0, 10);
			assertEquals(List.of("meter/2", "meter/3"), left.stream().map(OutboundQueue.Entry::topic).toList(),
					"what was not acknowledged is still there after a restart");
			assertArrayEquals("c".getBytes(UTF_8), left.get(1).payload());
		}
	}

	@Test
	void keysNeverRepeatWhenTheQueueEmpties() throws Exception {
		try (OutboundQueue queue = new OutboundQueue(folder.resolve("q"), 1 << 20)) {
			queue.add("t", new byte[1], 1, false);
			long first = queue.after(0, 1).get(0).key();
			queue.remove(first);
			queue.add("t", new byte[1], 1, false);
			assertTrue(queue.after(first, 1).size() == 1, "a sender whose cursor is past the first key sees the next");
		}
	}

	@Test
	void aFullQueueDropsTheOldestAndCountsThem() throws Exception {
		try (OutboundQueue queue = new OutboundQueue(folder.resolve("q"), 1_000)) {
			for (int i = 0; i < 30; i++) {
				queue.add("meter/energy", new byte[90], 1, false);
			}
			assertTrue(queue.bytes() <= 1_000, "the bound holds: " + queue.bytes());
			assertEquals(30, queue.size() + queue.dropped(), "every message is either queued or counted as dropped");
			assertTrue(queue.dropped() > 0);
			long oldest = queue.after(0, 1).get(0).key();
			assertEquals(30 - queue.size() + 1, oldest, "the oldest went, the newest stayed");
		}
	}

	@Test
	void aDamagedFileIsKeptAsideAndAnEmptyQueueStarts() throws Exception {
		Path file = folder.resolve("cloud.queue");
		Files.writeString(file, "this is not a queue ".repeat(400));
		try (OutboundQueue queue = new OutboundQueue(file, 1 << 20)) {
			assertNotNull(queue.keptAside(), "the damaged file was moved aside");
			assertTrue(Files.exists(queue.keptAside()));
			assertEquals(0, queue.size());
			queue.add("t", new byte[1], 1, false);
			assertEquals(1, queue.size());
		}
	}
}
