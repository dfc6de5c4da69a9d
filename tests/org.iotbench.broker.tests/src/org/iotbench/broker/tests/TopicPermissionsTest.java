package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.iotbench.broker.ConnectionEvent;
import org.iotbench.registry.PasswordHasher;
import org.iotbench.registry.RegistryException;
import org.iotbench.registry.internal.LocalClientRegistry;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client restricted to its own topics ({@code %c}) by the broker; refusals in the connection log. */
class TopicPermissionsTest {

	@TempDir
	Path folder;
	private LocalBrokerFixture fixture;

	@BeforeEach
	void start() throws Exception {
		fixture = new LocalBrokerFixture(folder);
		fixture.registry.register("Sensor", "sensor", "pwd".toCharArray(), "");
		fixture.registry.register("Laptop", "watcher", "pwd".toCharArray(), "");
		fixture.registry.setPermissions("sensor", List.of("devices/%c/#"), List.of("commands/%c/#"));
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	private boolean denied(String reasonPart) {
		return fixture.log().stream().anyMatch(e -> e.kind() == ConnectionEvent.Kind.DENIED
				&& e.clientId().equals("sensor") && e.reason().contains(reasonPart));
	}

	@Test
	void publishesOnlyWhereItIsPermitted() throws Exception {
		try (Device watcher = new Device(fixture.port, "watcher"); Device sensor = new Device(fixture.port, "sensor")) {
			watcher.connectAsEsp32("pwd");
			watcher.client.subscribe("#", 1);
			sensor.connectAsEsp32("pwd");
			// acknowledged and dropped (MQTT-3.3.5-2)
			sensor.client.publish("other/x", "nope".getBytes(), 1, false);
			sensor.client.publish("devices/sensor/temp", "21.5".getBytes(), 1, false);
			assertTrue(watcher.awaitMessages(1), "the permitted message arrives");
			Eventually.within(1, () -> false);
			assertEquals(List.of(new Device.Received("devices/sensor/temp", "21.5")), watcher.received,
					"the message to other/x was dropped");
			assertTrue(Eventually.within(5, () -> denied("not permitted to publish to \"other/x\"")),
					"the refusal is in the connection log: " + fixture.log());
		}
	}

	@Test
	void subscribesOnlyWithinItsPatterns() throws Exception {
		try (Device sensor = new Device(fixture.port, "sensor"); Device watcher = new Device(fixture.port, "watcher")) {
			sensor.connectAsEsp32("pwd");
			sensor.client.subscribe("commands/sensor/#", 0);
			try {
				sensor.client.subscribe("#", 0); // Paho reports the refused SUBACK (0x80) as an exception
			} catch (org.eclipse.paho.client.mqttv3.MqttException e) {
				// expected with Paho 1.2.5
			}
			assertTrue(Eventually.within(5, () -> denied("not permitted to subscribe to \"#\"")),
					"the refusal is in the connection log: " + fixture.log());
			watcher.connectAsEsp32("pwd");
			watcher.publish("commands/sensor/led", "on");
			watcher.publish("commands/other/led", "on");
			assertTrue(sensor.awaitMessages(1));
			Eventually.within(1, () -> false);
			assertEquals(List.of(new Device.Received("commands/sensor/led", "on")), sensor.received);
		}
	}

	@Test
	void invalidPatternsAreRefusedAndPermissionsPersist() throws Exception {
		RegistryException refused = assertThrows(RegistryException.class,
				() -> fixture.registry.setPermissions("sensor", List.of("a/#/b"), List.of()));
		assertTrue(refused.getMessage().contains("a/#/b"), refused.getMessage());
		fixture.registry.close();
		LocalClientRegistry reopened = new LocalClientRegistry(folder.resolve("clients.xmi"), new PasswordHasher(1_000));
		try {
			assertEquals(List.of("devices/%c/#"), reopened.find("sensor").orElseThrow().getPublishPatterns());
			assertEquals(List.of("commands/%c/#"), reopened.find("sensor").orElseThrow().getSubscribePatterns());
			assertTrue(reopened.mayPublish("sensor", "devices/sensor/a/b"));
			assertTrue(!reopened.mayPublish("sensor", "devices/other/a"));
			assertTrue(reopened.maySubscribe("sensor", "commands/sensor/+"));
			assertTrue(!reopened.maySubscribe("sensor", "commands/+/led"), "a wider filter is not covered");
			assertTrue(reopened.mayPublish("watcher", "anything/at/all"), "unrestricted by default");
		} finally {
			reopened.close();
		}
	}
}
