package org.iotbench.broker.tests;

import static org.iotbench.broker.tests.Packets.concat;
import static org.iotbench.broker.tests.Packets.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.iotbench.tests.support.Device;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated hostile input: a few thousand malformed packets (a fixed seed, so that a failure can be replayed), each on
 * its own connection, some after a valid CONNECT, against a running broker in both modes. Afterwards the broker must
 * serve as before: a client connects, subscribes and receives within 2 s, every session loop runs, and the heap has
 * not grown with the garbage.
 */
class HostileInputTest {

	private static final long SEED = 20261203L;
	private static final int CASES = 1_500;

	@TempDir
	Path folder;
	private LocalBrokerFixture fixture;

	@AfterEach
	void stop() {
		fixture.close();
	}

	@Test
	void withRegisteredClientsTheBrokerServesOnAfterHostileInput() throws Exception {
		fixture = new LocalBrokerFixture(folder, false);
		fixture.registry.register("fuzz", "fuzz", "pwd".toCharArray(), "");
		fixture.registry.register("after", "after", "pwd".toCharArray(), "");
		hammer(Packets.connect("fuzz", "fuzz", "pwd"));
	}

	@Test
	void withAnonymousClientsTheBrokerServesOnAfterHostileInput() throws Exception {
		fixture = new LocalBrokerFixture(folder, true);
		fixture.registry.register("after", "after", "pwd".toCharArray(), "");
		hammer(Packets.connect("fuzz"));
	}

	private void hammer(byte[] validConnect) throws Exception {
		long heapBefore = usedHeapAfterGc();
		Random random = new Random(SEED);
		List<byte[]> seeds = List.of(validConnect, Packets.subscribe(1, "a/+", "b/#"), Packets.unsubscribe(2, "a/+"),
				Packets.publish(utf8("a/b"), 0x02, 3, utf8("payload")), Packets.publish(utf8("a/b"), 0x0C, 4, utf8("x")),
				Packets.ack(0x40, 5), Packets.ack(0x62, 6), new byte[] { (byte) 0xC0, 0 },
				Packets.connect(Packets.CLEAN | Packets.WILL | 0x08, utf8("willing"), utf8("w/t"), null, null));
		for (int i = 0; i < CASES; i++) {
			byte[] packet = mutate(seeds.get(random.nextInt(seeds.size())), random);
			byte[] bytes = random.nextInt(3) == 0 ? packet : concat(validConnect, packet);
			if (random.nextInt(20) == 0) {
				bytes = new byte[1 + random.nextInt(64)];
				random.nextBytes(bytes);
			}
			send(bytes);
		}
		assertEquals(0, fixture.broker.deadSessionLoops(), "every session loop still runs");
		assertEquals(0, fixture.broker.statistics().loopErrors(), "no session loop failed");

		try (Device after = new Device(fixture.port, "after")) {
			long start = System.nanoTime();
			after.connectAsEsp32("pwd");
			after.client.subscribe("after/#", 1);
			after.client.publish("after/check", "still here".getBytes(), 1, false);
			assertTrue(after.awaitMessages(1), "a client is served after the hostile input");
			assertTrue(System.nanoTime() - start < 2_000_000_000L,
					"within 2 s: " + (System.nanoTime() - start) / 1_000_000 + " ms");
		}
		long grown = usedHeapAfterGc() - heapBefore;
		assertTrue(grown < 64L * 1024 * 1024, "the heap grew by " + grown / (1024 * 1024) + " MB");
	}

	/** One of a few ways to break a packet. */
	private static byte[] mutate(byte[] packet, Random random) {
		byte[] out = packet.clone();
		switch (random.nextInt(6)) {
		case 0 -> { // flip bits
			for (int k = 0; k < 1 + random.nextInt(4); k++) {
				out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
			}
		}
		case 1 -> out = java.util.Arrays.copyOf(out, random.nextInt(out.length)); // cut short
		case 2 -> out[0] = (byte) ((out[0] & 0xF0) | random.nextInt(16)); // reserved flags
		case 3 -> out[1] = (byte) random.nextInt(256); // remaining length
		case 4 -> { // random bytes inside
			int at = random.nextInt(out.length);
			byte[] junk = new byte[1 + random.nextInt(8)];
			random.nextBytes(junk);
			System.arraycopy(junk, 0, out, at, Math.min(junk.length, out.length - at));
		}
		default -> out[0] = (byte) ((random.nextInt(16) << 4) | (out[0] & 0x0F)); // another packet type
		}
		return out;
	}

	/** Sends the bytes on a connection of their own and reads briefly; the broker may close it or not. */
	private void send(byte[] bytes) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", fixture.port)) {
			socket.setSoTimeout(20);
			socket.setSoLinger(true, 0);
			socket.getOutputStream().write(bytes);
			InputStream in = socket.getInputStream();
			byte[] buffer = new byte[256];
			try {
				while (in.read(buffer) >= 0) {
					// drain what the broker answers
				}
			} catch (SocketTimeoutException | java.net.SocketException e) {
				// left open, or reset: both fine here
			}
		}
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(50);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
