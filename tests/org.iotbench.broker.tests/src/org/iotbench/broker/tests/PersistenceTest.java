package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Persistent sessions, their queued QoS 1 messages and the retained messages survive a restart of the broker. */
class PersistenceTest {

	@TempDir
	Path folder;
	private LocalBrokerFixture fixture;

	@BeforeEach
	void start() throws Exception {
		fixture = new LocalBrokerFixture(folder, settings -> settings.withPersistence(true));
		fixture.registry.register("Board", "board", "pwd".toCharArray(), "");
		fixture.registry.register("Dashboard", "dashboard", "pwd".toCharArray(), "");
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	private static MqttConnectOptions persistentSession() {
		MqttConnectOptions options = Device.options("dashboard", "pwd");
		options.setCleanSession(false);
		return options;
	}

	@Test
	void queuedQos1MessagesOfAPersistentSessionSurviveARestart() throws Exception {
		try (Device dashboard = new Device(fixture.port, "dashboard")) {
			dashboard.client.connect(persistentSession());
			dashboard.client.subscribe("orders/#", 1);
			dashboard.client.disconnect();
		}
		try (Device board = new Device(fixture.port, "board")) {
			board.connectAsEsp32("pwd");
			for (int i = 1; i <= 5; i++) {
				board.client.publish("orders/" + i, ("order " + i).getBytes(), 1, false);
			}
		}
		BrokerStatus restarted = fixture.broker.restart();
		assertTrue(restarted.running(), restarted.summary());
		try (Device dashboard = new Device(fixture.port, "dashboard")) {
			dashboard.client.connect(persistentSession()); // no new SUBSCRIBE: the session remembers it
			assertTrue(dashboard.awaitMessages(5), "the queued messages arrive: " + dashboard.received);
			// QoS 1 is "at least once": Moquette 0.17 now and then delivers a restored queue twice after a restart
			// (once in a CI run of 2026-12-03: 1..5, 1..5). What must hold is that none is lost and the order is kept.
			assertEquals(List.of("orders/1", "orders/2", "orders/3", "orders/4", "orders/5"),
					dashboard.received.stream().map(Device.Received::topic).distinct().toList());
			dashboard.client.disconnect();
		}
		// and once more, now that the store is read back at start
		BrokerStatus again = fixture.broker.restart();
		assertTrue(again.running(), again.summary());
		try (Device board = new Device(fixture.port, "board"); Device dashboard = new Device(fixture.port, "dashboard")) {
			board.connectAsEsp32("pwd");
			dashboard.client.connect(persistentSession());
			board.client.publish("orders/6", "order 6".getBytes(), 1, false);
			assertTrue(dashboard.awaitMessages(1), "the subscription is still there: " + dashboard.received);
		}
	}

	@Test
	void retainedMessagesSurviveARestart() throws Exception {
		try (Device board = new Device(fixture.port, "board")) {
			board.connectAsEsp32("pwd");
			board.client.publish("status/board", "online".getBytes(), 0, true);
			board.client.publish("config/board", "eco".getBytes(), 1, true);
		}
		BrokerStatus restarted = fixture.broker.restart();
		assertTrue(restarted.running(), restarted.summary());
		try (Device dashboard = new Device(fixture.port, "dashboard")) {
			dashboard.connectAsEsp32("pwd");
			dashboard.client.subscribe(new String[] { "status/#", "config/#" }, new int[] { 1, 1 });
			assertTrue(dashboard.awaitMessages(2), "the retained messages arrive: " + dashboard.received);
			assertEquals(java.util.Set.of(new Device.Received("status/board", "online"),
					new Device.Received("config/board", "eco")), java.util.Set.copyOf(dashboard.received));
			assertTrue(dashboard.messages.stream().allMatch(m -> m.isRetained()));
		}
	}

	@Test
	void withoutPersistenceARestartForgets() throws Exception {
		fixture.broker.start(fixture.broker.status().settings().withPersistence(false));
		try (Device board = new Device(fixture.port, "board")) {
			board.connectAsEsp32("pwd");
			board.client.publish("status/board", "online".getBytes(), 1, true);
		}
		fixture.broker.restart();
		try (Device dashboard = new Device(fixture.port, "dashboard")) {
			dashboard.connectAsEsp32("pwd");
			dashboard.client.subscribe("status/#", 1);
			Eventually.within(1, () -> false);
			assertEquals(List.of(), dashboard.received);
		}
	}

	@Test
	void aDamagedRetainedFileIsKeptAsideAndReported() throws Exception {
		fixture.broker.stop();
		Path file = fixture.stateFolder.resolve("retained.bin");
		Files.createDirectories(file.getParent());
		Files.write(file, "not what the broker wrote".getBytes());
		BrokerStatus status = fixture.broker.restart();
		assertTrue(status.running(), status.summary());
		assertTrue(status.reason().contains("retained"), "the running broker says so: " + status.reason());
		try (Stream<Path> files = Files.list(fixture.stateFolder)) {
			assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("retained.bin.corrupt-")),
					"the damaged file is kept aside");
		}
	}
}
