package org.iotbench.broker.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.iotbench.broker.BrokerMessage;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A device's last will, published by the broker when its connection ends without DISCONNECT, reaches the workbench as
 * any message does (local projects, bridges) and, when retained, stays for later subscribers. Moquette publishes the
 * will to subscribers but tells no interceptor and keeps no retained will.
 */
class LastWillTest {

	@TempDir
	Path folder;
	private LocalBrokerFixture fixture;
	private final List<BrokerMessage> routed = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws Exception {
		fixture = new LocalBrokerFixture(folder);
		fixture.registry.register("board", "board", "pwd".toCharArray(), "");
		fixture.registry.register("phone", "phone", "pwd".toCharArray(), "");
		fixture.broker.addMessageListener(routed::add);
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	private Device boardWithWill(boolean retained) throws Exception {
		Device board = new Device(fixture.port, "board");
		MqttConnectOptions options = Device.options("board", "pwd");
		options.setWill("status/board", "offline".getBytes(UTF_8), 1, retained);
		board.client.connect(options);
		return board;
	}

	private long wills() {
		return routed.stream().filter(m -> m.topic().equals("status/board")).count();
	}

	@Test
	void aLostConnectionsRetainedWillReachesListenersOnceAndLaterSubscribers() throws Exception {
		try (Device board = boardWithWill(true)) {
			board.client.disconnectForcibly(0, 0, false); // power lost: no DISCONNECT
		}
		assertTrue(Eventually.within(5, () -> wills() == 1), () -> "listeners got the will: " + routed);
		BrokerMessage will = routed.stream().filter(m -> m.topic().equals("status/board")).findFirst().orElseThrow();
		assertEquals("offline", new String(will.payload(), UTF_8));
		assertEquals("board", will.publisherId());
		assertTrue(will.retain());
		try (Device phone = new Device(fixture.port, "phone")) {
			phone.connectAsEsp32("pwd");
			phone.client.subscribe("status/#", 1);
			assertTrue(phone.awaitMessages(1), "a later subscriber gets the retained will");
			assertEquals(new Device.Received("status/board", "offline"), phone.received.get(0));
		}
		Thread.sleep(300);
		assertEquals(1, wills(), "the will was told once");
	}

	@Test
	void aPoliteDisconnectSendsNoWill() throws Exception {
		try (Device board = boardWithWill(false)) {
			board.client.disconnect(1_000);
		}
		Thread.sleep(500);
		assertEquals(0, wills(), () -> "no will after DISCONNECT: " + routed);
	}
}
