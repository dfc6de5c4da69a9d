package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Devices that connect, publish one QoS 0 message, disconnect and close at once (paho-python's {@code single()}, a
 * sensor that reports and sleeps): every message is delivered, also when it arrives before the scheduled replay of
 * early packets and the connection is already closed when it would be passed on (the connect gate dropped such
 * messages: DebianClientsTest lost a retained status this way once in five runs).
 * <p>
 * Each publisher has its own client ID: one ID reconnecting within milliseconds can make Moquette 0.17 itself fail
 * to connect the new session ("CONNACK is sent but the session created can't transition in CONNECTED state").
 */
class QuickPublishersTest {

	/**
	 * Each one closes right after sending. Some used to be lost (0 to 4 of 150 per run, 4 to 11 of 600): the gate
	 * that holds early packets waited for Moquette after the close, when Netty had begun to take the pipeline apart.
	 * It now waits at the client's half-close, before the close; 600 of 600 arrived in each of two runs.
	 */
	private static final int PUBLISHERS = 300;

	@TempDir
	Path folder;
	private LocalBrokerFixture fixture;

	/** Anonymous clients allowed: each publisher has a client ID of its own, as a fleet of sensors has. */
	@BeforeEach
	void start() throws Exception {
		fixture = new LocalBrokerFixture(folder, true);
		fixture.registry.register("watcher", "watcher", "pwd".toCharArray(), "");
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	@Test
	void aMessageSentJustBeforeClosingIsDelivered() throws Exception {
		try (Device watcher = new Device(fixture.port, "watcher")) {
			watcher.connectAsEsp32("pwd");
			watcher.client.subscribe("quick/#", 0);
			for (int i = 0; i < PUBLISHERS; i++) {
				try (RawClient sensor = new RawClient(fixture.port)) {
					sensor.send(Packets.connect("sensor-" + i));
					assertEquals(RawClient.CONNACK, sensor.read().type());
					// PUBLISH and DISCONNECT in one write, then the socket closes
					sensor.send(RawClient.publish("quick/" + i, ("v" + i).getBytes(), 0, 0, false),
							new byte[] { (byte) 0xE0, 0 });
				}
			}
			Eventually.within(10, () -> watcher.received.size() >= PUBLISHERS);
			assertTrue(watcher.received.size() == PUBLISHERS, () -> "received "
					+ watcher.received.size() + " of " + PUBLISHERS + "; missing: " + missing(watcher));
		}
	}

	private static Set<Integer> missing(Device watcher) {
		Set<Integer> got = watcher.received.stream().map(r -> Integer.parseInt(r.topic().substring(6)))
				.collect(Collectors.toCollection(TreeSet::new));
		Set<Integer> missing = new TreeSet<>();
		for (int i = 0; i < PUBLISHERS; i++) {
			if (!got.contains(i)) {
				missing.add(i);
			}
		}
		return missing;
	}
}
