package org.iotbench.broker.tests;

import static org.iotbench.broker.tests.Packets.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.iotbench.tests.support.Mosquitto;
import org.iotbench.tests.support.RequiredTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MQTT-4.4.0-1: when a client reconnects to its persistent session (CleanSession 0), the server re-sends the PUBLISH
 * packets it had not seen acknowledged, with their original packet identifiers and DUP set (MQTT-3.3.1-1), in their
 * original order (MQTT-4.6.0-2), and at once: not after a retry timer. A device that lost Wi-Fi in the middle of a
 * burst gets every message. Against the embedded broker and, where it is installed, Debian's mosquitto.
 */
class RedeliveryTest {

	private static final int SESSION_PRESENT = 1;
	/** Moquette's own retry timer fires after 5 s; a redelivery on reconnect comes well before. */
	private static final int AT_ONCE_MS = 2_000;

	private static BrokerAndPeer brokers;
	private static LocalBrokerFixture ours;
	private static Mosquitto mosquitto;

	@BeforeAll
	static void start() throws Exception {
		brokers = BrokerAndPeer.start("iotbench-redelivery");
		ours = brokers.ours;
		mosquitto = brokers.mosquitto;
	}

	@AfterAll
	static void stop() throws Exception {
		brokers.close();
	}

	private static int port(String broker) {
		if (broker.equals("mosquitto")) {
			RequiredTool.assume(mosquitto != null, "mosquitto (Debian package mosquitto)");
			return mosquitto.port;
		}
		return ours.port;
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "embedded", "mosquitto" })
	void unacknowledgedQos1MessagesComeAgainOnReconnectWithTheirIdsInOrder(String broker) throws Exception {
		int port = port(broker);
		String id = "redo1-" + System.nanoTime();
		List<RawClient.Packet> first = new ArrayList<>();
		try (RawClient device = persistent(port, id, false)) {
			device.send(RawClient.subscribe(1, "redo1/" + id, 1));
			assertEquals(RawClient.SUBACK, device.read().type());
			publish(port, "redo1/" + id, 1, "a", "b", "c");
			for (int i = 0; i < 3; i++) {
				first.add(expectPublish(device, "message " + i));
			}
			// the device drops off the network without acknowledging anything
		}
		try (RawClient device = persistent(port, id, true)) {
			for (int i = 0; i < 3; i++) {
				RawClient.Packet again = device.readWithin(AT_ONCE_MS);
				assertNotNull(again, "message " + i + " was not sent again on reconnect");
				assertEquals(RawClient.PUBLISH, again.type());
				assertEquals(0x08, again.flags() & 0x08, "DUP set on the message sent again (MQTT-3.3.1-1)");
				assertEquals(1, (again.flags() >> 1) & 3, "QoS 1");
				assertEquals(first.get(i).packetIdAfterTopic(), again.packetIdAfterTopic(), "the same packet id");
				assertEquals(first.get(i).payload(), again.payload(), "in the original order");
				device.send(Packets.ack(0x40, again.packetIdAfterTopic()));
			}
			assertNull(device.readWithin(1_000), "acknowledged messages are not sent a third time");
		}
		assertEquals(0, ours.broker.deadSessionLoops());
	}

	/**
	 * Messages queued while the device was away come after the ones in flight, with identifiers of their own: none
	 * pushes one in flight out of the session (Moquette started each connection's identifiers at 1 again).
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "embedded", "mosquitto" })
	void messagesQueuedWhileAwayFollowTheOnesInFlightAndNoneIsLost(String broker) throws Exception {
		int port = port(broker);
		String id = "redo3-" + System.nanoTime();
		String topic = "redo3/" + id;
		try (RawClient device = persistent(port, id, false)) {
			device.send(RawClient.subscribe(1, topic, 1));
			assertEquals(RawClient.SUBACK, device.read().type());
			publish(port, topic, 1, "a", "b", "c");
			for (int i = 0; i < 3; i++) {
				expectPublish(device, "message " + i);
			}
		}
		publish(port, topic, 1, "d", "e"); // while the device is away
		List<String> payloads = new ArrayList<>();
		java.util.Set<Integer> ids = new java.util.HashSet<>();
		try (RawClient device = persistent(port, id, true)) {
			for (int i = 0; i < 5; i++) {
				RawClient.Packet packet = device.readWithin(AT_ONCE_MS);
				assertNotNull(packet, "only " + payloads + " came");
				assertEquals(RawClient.PUBLISH, packet.type());
				payloads.add(packet.payload());
				assertTrue(ids.add(packet.packetIdAfterTopic()), "identifier " + packet.packetIdAfterTopic()
						+ " used twice while in flight: " + payloads);
				device.send(Packets.ack(0x40, packet.packetIdAfterTopic()));
			}
			assertNull(device.readWithin(1_000), "nothing more");
		}
		assertEquals(List.of("a", "b", "c", "d", "e"), payloads, "every message, in order");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "embedded", "mosquitto" })
	void anUnreceivedQos2MessageComesAgainAndAnUnreleasedOneGetsItsPubrelAgain(String broker) throws Exception {
		int port = port(broker);
		String id = "redo2-" + System.nanoTime();
		RawClient.Packet unreceived;
		RawClient.Packet received;
		try (RawClient device = persistent(port, id, false)) {
			device.send(RawClient.subscribe(1, "redo2/" + id, 2));
			assertEquals(RawClient.SUBACK, device.read().type());
			publish(port, "redo2/" + id, 2, "received", "unreceived");
			received = expectPublish(device, "the first message");
			unreceived = expectPublish(device, "the second message");
			device.send(Packets.ack(0x50, received.packetIdAfterTopic())); // PUBREC for the first only
			RawClient.Packet pubrel = device.readWithin(AT_ONCE_MS);
			assertNotNull(pubrel, "PUBREL for the received message");
			assertEquals(6, pubrel.type());
			// gone before PUBCOMP, and before receiving the second
		}
		try (RawClient device = persistent(port, id, true)) {
			boolean pubrelAgain = false;
			boolean publishAgain = false;
			for (int i = 0; i < 2; i++) {
				RawClient.Packet packet = device.readWithin(AT_ONCE_MS);
				assertNotNull(packet, "sent again on reconnect: PUBREL " + pubrelAgain + ", PUBLISH " + publishAgain);
				if (packet.type() == 6) {
					assertEquals(received.packetIdAfterTopic(), packet.packetId(), "PUBREL with the original id");
					pubrelAgain = true;
					device.send(Packets.ack(0x70, packet.packetId())); // PUBCOMP
				} else {
					assertEquals(RawClient.PUBLISH, packet.type());
					assertEquals(0x08, packet.flags() & 0x08, "DUP set");
					assertEquals(unreceived.packetIdAfterTopic(), packet.packetIdAfterTopic(), "the same packet id");
					assertEquals("unreceived", packet.payload());
					publishAgain = true;
					device.send(Packets.ack(0x50, packet.packetIdAfterTopic())); // PUBREC
					RawClient.Packet pubrel = device.readWithin(AT_ONCE_MS);
					assertNotNull(pubrel, "PUBREL after PUBREC");
					assertEquals(6, pubrel.type());
					device.send(Packets.ack(0x70, pubrel.packetId()));
				}
			}
			assertTrue(pubrelAgain && publishAgain);
			RawClient.Packet extra = device.readWithin(1_000);
			assertNull(extra, "nothing more: " + (extra == null ? "" : extra.type()));
		}
		assertEquals(0, ours.broker.deadSessionLoops());
	}

	/** Connects with CleanSession 0; when reconnecting, the CONNACK must say that the session is there. */
	private static RawClient persistent(int port, String id, boolean sessionExpected) throws Exception {
		RawClient device = new RawClient(port);
		device.send(Packets.connect(0, utf8(id), null, null, null));
		RawClient.Packet connack = device.read();
		assertEquals(RawClient.CONNACK, connack.type());
		assertEquals(0, connack.body()[1], "accepted");
		assertEquals(sessionExpected ? SESSION_PRESENT : 0, connack.body()[0] & 1, "session present flag");
		return device;
	}

	private static RawClient.Packet expectPublish(RawClient device, String what) throws Exception {
		RawClient.Packet packet = device.readWithin(5_000);
		assertNotNull(packet, what + " was not delivered");
		assertEquals(RawClient.PUBLISH, packet.type(), what);
		return packet;
	}

	/** A second client publishes, and waits for the broker's acknowledgements. */
	private static void publish(int port, String topic, int qos, String... payloads) throws Exception {
		try (RawClient publisher = new RawClient(port)) {
			publisher.send(Packets.connect("pub-" + System.nanoTime()));
			assertEquals(RawClient.CONNACK, publisher.read().type());
			int packetId = 1;
			for (String payload : payloads) {
				publisher.send(RawClient.publish(topic, payload.getBytes(StandardCharsets.UTF_8), qos, packetId++,
						false));
				RawClient.Packet ack = publisher.read();
				if (qos == 2) {
					assertEquals(5, ack.type(), "PUBREC");
					publisher.send(Packets.ack(0x62, ack.packetId()));
					assertEquals(7, publisher.read().type(), "PUBCOMP");
				} else {
					assertEquals(RawClient.PUBACK, ack.type());
				}
			}
		}
	}
}
