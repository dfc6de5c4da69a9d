package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.iotbench.broker.ConnectionEvent;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every accepted connection that ends is seen ending: the online state, the connected count and the connection log
 * never drift (with Moquette's own events about 5% of quick connect/DISCONNECT cycles left the client online).
 */
class PresenceTest {

	private static final int CYCLES = 300;
	private static final int RECONNECTS = 100;
	private static final int TAKEOVER_ATTEMPTS = 5;
	private static final int DISCONNECT = 14;

	@TempDir
	Path folder;
	private LocalBrokerFixture fixture;

	@BeforeEach
	void start() throws Exception {
		fixture = new LocalBrokerFixture(folder);
		fixture.registry.register("quick", "quick", "pwd".toCharArray(), "");
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	@Test
	void quickConnectDisconnectCyclesLeaveNobodyOnline() throws Exception {
		for (int i = 0; i < CYCLES; i++) {
			try (RawClient client = new RawClient(fixture.port)) {
				// CONNECT and DISCONNECT in one write, as a device that only reports one value does
				client.send(RawClient.connect("quick", "quick", "pwd"), new byte[] { (byte) 0xE0, 0 });
				assertEquals(RawClient.CONNACK, client.read().type());
			}
		}
		assertTrue(Eventually.within(5, () -> fixture.broker.statistics().connectedClients() == 0),
				"connected now: " + fixture.broker.statistics().connectedClients());
		assertFalse(fixture.registry.find("quick").orElseThrow().isOnline(), "the client is offline");
		assertTrue(Eventually.within(5, () -> count(ConnectionEvent.Kind.CONNECTED) == ended()),
				"each connect has its end: " + count(ConnectionEvent.Kind.CONNECTED) + " connects, " + ended()
						+ " ends");
		assertEquals(CYCLES, count(ConnectionEvent.Kind.CONNECTED));
	}

	/**
	 * A takeover keeps the client online. Moquette 0.17 itself sometimes drops the new connection right after its
	 * CONNACK ("the session created can't transition in CONNECTED state", README's known limitations): then the
	 * client is rightly offline, and the takeover is tried again (a few times at most).
	 */
	@Test
	void aNewConnectionWithTheSameIdKeepsTheClientOnline() throws Exception {
		List<Integer> droppedByMoquette = new ArrayList<>();
		for (int attempt = 0; attempt < TAKEOVER_ATTEMPTS; attempt++) {
			try (Device first = new Device(fixture.port, "quick"); Device second = new Device(fixture.port, "quick")) {
				first.connectAsEsp32("pwd");
				second.connectAsEsp32("pwd");
				assertTrue(first.lost.await(5, java.util.concurrent.TimeUnit.SECONDS), "the first is taken over");
				Thread.sleep(300); // time for a wrong "offline" to show
				if (second.lost.getCount() == 0) {
					droppedByMoquette.add(attempt);
					continue;
				}
				assertTrue(fixture.registry.find("quick").orElseThrow().isOnline(), "the client is online still");
				assertEquals(1, fixture.broker.statistics().connectedClients());
			}
			assertTrue(Eventually.within(5, () -> fixture.broker.statistics().connectedClients() == 0));
			return;
		}
		throw new AssertionError("Moquette dropped the new connection in every attempt: " + droppedByMoquette);
	}

	/**
	 * A device whose connection broke reconnects at once with the same client ID (its old TCP connection closes while
	 * the new one connects): it is served, not accepted and then dropped.
	 */
	@Test
	void aDeviceThatReconnectsAtOnceIsServed() throws Exception {
		List<String> unserved = new ArrayList<>();
		int droppedByMoquette = 0;
		for (int i = 0; i < 3 * RECONNECTS; i++) {
			RawClient old = new RawClient(fixture.port);
			old.send(RawClient.connect("quick", "quick", "pwd"));
			assertEquals(RawClient.CONNACK, old.read().type());
			switch (i % 3) {
			case 0 -> old.close(); // no DISCONNECT: the connection just broke
			case 1 -> { // a clean goodbye, then straight back
				old.send(new byte[] { (byte) 0xE0, 0 });
				old.close();
			}
			default -> {
				// the old connection is still open: the new one takes the session over
			}
			}
			try (RawClient again = new RawClient(fixture.port)) {
				again.send(RawClient.connect("quick", "quick", "pwd"));
				RawClient.Packet connack = again.read();
				assertEquals(RawClient.CONNACK, connack.type());
				again.send(RawClient.subscribe(1, "quick/#", 0));
				RawClient.Packet answer;
				try {
					answer = again.readWithin(2_000);
				} catch (java.io.IOException closed) {
					answer = null;
				}
				if (answer != null && answer.type() == DISCONNECT) {
					droppedByMoquette++; // its takeover race, not ours: the device connects at its next attempt
				} else if (answer == null || answer.type() != RawClient.SUBACK) {
					unserved.add(i + ": " + (answer == null ? "closed or silent" : "packet type " + answer.type()));
				}
			} finally {
				old.close();
			}
		}
		assertEquals(List.of(), unserved, "reconnects accepted and then not served");
		// Moquette 0.17 sometimes sends DISCONNECT right after a takeover's CONNACK (README's known limitations);
		// 0 of 1,500 in the runs of 2026-12-03
		assertTrue(droppedByMoquette <= RECONNECTS / 20, droppedByMoquette + " dropped by Moquette");
	}

	private long count(ConnectionEvent.Kind kind) {
		return fixture.log().stream().filter(e -> e.kind() == kind && e.clientId().equals("quick")).count();
	}

	/** Ends of connections: after DISCONNECT, lost, or taken over by the next connection with the same ID. */
	private long ended() {
		return fixture.log().stream().filter(e -> e.clientId().equals("quick")
				&& (e.kind() == ConnectionEvent.Kind.DISCONNECTED || e.kind() == ConnectionEvent.Kind.CONNECTION_LOST))
				.count();
	}
}
