package org.iotbench.broker.tests;

import static org.iotbench.broker.tests.Packets.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishes sent again (DUP=1), server-assigned client IDs, and session loops that keep serving: MQTT 3.1.1 rules
 * Moquette 0.17 breaks on its own (moquette-facts.md 10, 14).
 */
class DeliveryGuaranteesTest {

	@TempDir
	Path folder;
	private LocalBrokerFixture fixture;

	@AfterEach
	void stop() {
		if (fixture != null) {
			fixture.close();
		}
	}

	private void start(boolean anonymous) throws Exception {
		fixture = new LocalBrokerFixture(folder, anonymous);
		for (String id : new String[] { "publisher", "listener" }) {
			if (fixture.registry.find(id).isEmpty()) { // the registry file stays in the folder across a restart
				fixture.registry.register(id, id, "pwd".toCharArray(), "");
			}
		}
	}

	@BeforeEach
	void registered() throws Exception {
		start(false);
	}

	/** MQTT-4.3.2: a QoS 1 PUBLISH sent again (as Paho does after a reconnect) is acknowledged and delivered. */
	@Test
	void aQos1PublishSentAgainIsDeliveredAndTheBrokerServesOn() throws Exception {
		try (Device listener = new Device(fixture.port, "listener"); RawClient publisher = new RawClient(fixture.port)) {
			listener.connectAsEsp32("pwd");
			listener.client.subscribe("dup/#", 1);
			publisher.send(RawClient.connect("publisher", "publisher", "pwd"));
			assertEquals(RawClient.CONNACK, publisher.read().type());
			publisher.send(Packets.publish(utf8("dup/x"), 0x08 | 0x02, 7, utf8("again"))); // DUP, QoS 1
			RawClient.Packet ack = publisher.read();
			assertEquals(RawClient.PUBACK, ack.type(), "acknowledged");
			assertEquals(7, ack.packetId());
			assertTrue(listener.awaitMessages(1), "delivered");
			assertEquals("again", listener.received.get(0).payload());

			publisher.send(Packets.publish(utf8("dup/x"), 0x02, 8, utf8("next")));
			assertEquals(RawClient.PUBACK, publisher.read().type(), "the publisher's session goes on");
			assertTrue(listener.awaitMessages(2));
		}
		assertEquals(0, fixture.broker.deadSessionLoops());
		assertEveryLoopServes();
	}

	/** MQTT-4.3.3-2: a QoS 2 PUBLISH sent again before PUBREL is acknowledged again and not delivered twice. */
	@Test
	void aQos2PublishSentAgainIsDeliveredOnce() throws Exception {
		try (Device listener = new Device(fixture.port, "listener"); RawClient publisher = new RawClient(fixture.port)) {
			listener.connectAsEsp32("pwd");
			listener.client.subscribe("dup/#", 2);
			publisher.send(RawClient.connect("publisher", "publisher", "pwd"));
			assertEquals(RawClient.CONNACK, publisher.read().type());
			publisher.send(Packets.publish(utf8("dup/two"), 0x04, 9, utf8("once")));
			assertEquals(5, publisher.read().type(), "PUBREC");
			publisher.send(Packets.publish(utf8("dup/two"), 0x08 | 0x04, 9, utf8("once"))); // DUP, before PUBREL
			RawClient.Packet again = publisher.read();
			assertEquals(5, again.type(), "PUBREC again");
			assertEquals(9, again.packetId());
			publisher.send(Packets.ack(0x62, 9)); // PUBREL
			assertEquals(7, publisher.read().type(), "PUBCOMP");
			assertTrue(listener.awaitMessages(1));
			Thread.sleep(500);
			assertEquals(1, listener.received.size(), "delivered once: " + listener.received);
		}
		assertEquals(0, fixture.broker.deadSessionLoops());
	}

	/** MQTT-3.1.3-6: with anonymous clients allowed, an empty client ID with a clean session gets one assigned. */
	@Test
	void anAnonymousClientWithoutAnIdGetsOneAssigned() throws Exception {
		fixture.close();
		start(true);
		try (RawClient client = new RawClient(fixture.port)) {
			client.send(Packets.connect(""));
			RawClient.Packet connack = client.read();
			assertEquals(RawClient.CONNACK, connack.type());
			assertEquals(0, connack.body()[1], "accepted");
			client.send(Packets.subscribe(1, "assigned/#"));
			assertEquals(RawClient.SUBACK, client.read().type(), "and it can work");
		}
	}

	/** With registered clients the ID is the identity: an empty one is refused (CONNACK 2). */
	@Test
	void anEmptyIdIsRefusedWhenOnlyRegisteredClientsMayConnect() throws Exception {
		try (RawClient client = new RawClient(fixture.port)) {
			client.send(Packets.connect("", "x", "pwd"));
			RawClient.Packet connack = client.read();
			assertEquals(RawClient.CONNACK, connack.type());
			assertTrue(connack.body()[1] != 0, "refused");
		}
	}

	/**
	 * An exception that ends one of Moquette's session loops is reported and the loop is started again, so that the
	 * clients it serves are served on (Moquette 0.17 leaves it dead: every client hashed to it gets no CONNACK).
	 */
	@Test
	void aSessionLoopThatFailsIsRestarted() throws Exception {
		int loops = SessionLoops.count(fixture.broker);
		for (int loop = 0; loop < loops; loop++) {
			SessionLoops.fail(fixture.broker, loop);
		}
		assertTrue(Eventually.within(5, () -> fixture.broker.statistics().loopErrors() == loops),
				"each failure is counted: " + fixture.broker.statistics().loopErrors());
		assertTrue(Eventually.within(5, () -> fixture.broker.deadSessionLoops() == 0), "every loop runs again");
		assertTrue(fixture.log().stream().anyMatch(e -> e.reason().contains("restarted")),
				"and the connection log says so: " + fixture.log());
		assertEveryLoopServes();
	}

	/** A client whose ID maps to each session loop connects and subscribes. */
	private void assertEveryLoopServes() throws Exception {
		int loops = SessionLoops.count(fixture.broker);
		boolean[] served = new boolean[loops];
		for (int i = 0; i < 200 && !allTrue(served); i++) {
			String id = "probe-" + i;
			int loop = Math.abs(id.hashCode()) % loops;
			if (served[loop]) {
				continue;
			}
			if (fixture.registry.find(id).isEmpty()) {
				fixture.registry.register(id, id, "pwd".toCharArray(), "");
			}
			try (Device probe = new Device(fixture.port, id)) {
				MqttConnectOptions options = Device.options(id, "pwd");
				options.setConnectionTimeout(3);
				probe.client.connect(options);
				probe.client.subscribe("probe/" + i, 1);
				served[loop] = true;
			}
		}
		assertTrue(allTrue(served), "a client of every session loop was served");
	}

	private static boolean allTrue(boolean[] values) {
		for (boolean value : values) {
			if (!value) {
				return false;
			}
		}
		return true;
	}
}
