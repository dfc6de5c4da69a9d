package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.paho.client.mqttv3.MqttException;
import org.iotbench.broker.ConnectionEvent;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's ESP32 (client ID {@code clientA}, user name {@code clientA}, password {@code pwd}, MQTT 3.1.1, keep-alive
 * 0) against the embedded broker with authentication on.
 */
class Esp32AuthenticationTest {

	private static final int BAD_CREDENTIALS = MqttException.REASON_CODE_FAILED_AUTHENTICATION;

	@TempDir
	Path folder;
	private LocalBrokerFixture fixture;

	@BeforeEach
	void start() throws Exception {
		fixture = new LocalBrokerFixture(folder);
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	private ConnectionEvent refusal(String clientId) throws InterruptedException {
		assertTrue(Eventually.within(5, () -> fixture.lastRefusal(clientId).isPresent()),
				"the refusal of " + clientId + " is in the connection log: " + fixture.log());
		return fixture.lastRefusal(clientId).get();
	}

	@Test
	void refusedBeforeRegistrationAndLogged() throws Exception {
		try (Device esp32 = new Device(fixture.port, "clientA")) {
			MqttException refused = assertThrows(MqttException.class, () -> esp32.connectAsEsp32("pwd"));
			assertEquals(BAD_CREDENTIALS, refused.getReasonCode());
		}
		ConnectionEvent event = refusal("clientA");
		assertEquals("client ID is not registered", event.reason());
		assertEquals("clientA", event.username());
		assertTrue(event.address().startsWith("127.0.0.1:"), "source address recorded: " + event.address());
	}

	@Test
	void connectsAfterRegistrationAndPublishesLikeTheSeed() throws Exception {
		fixture.registry.register("Desk ESP32", "clientA", "pwd".toCharArray(), "");
		fixture.registry.register("Laptop", "watcher", "secret".toCharArray(), "");
		try (Device watcher = new Device(fixture.port, "watcher"); Device esp32 = new Device(fixture.port, "clientA")) {
			watcher.connect("", "secret");
			watcher.client.subscribe("test/esp32/#", 0);
			esp32.connectAsEsp32("pwd");
			for (int count = 0; count < 3; count++) {
				esp32.publish("test/esp32", "Hello from ESP32");
				esp32.publish("test/esp32/count", Integer.toString(count));
			}
			assertTrue(watcher.awaitMessages(6), "all six messages arrive: " + watcher.received);
			assertEquals(new Device.Received("test/esp32", "Hello from ESP32"), watcher.received.get(0));
			assertEquals(new Device.Received("test/esp32/count", "2"), watcher.received.get(5));
		}
		assertTrue(fixture.log().stream().anyMatch(
				e -> e.kind() == ConnectionEvent.Kind.CONNECTED && e.clientId().equals("clientA")));
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		fixture.registry.register("Desk ESP32", "clientA", "pwd".toCharArray(), "");
		try (Device esp32 = new Device(fixture.port, "clientA")) {
			MqttException refused = assertThrows(MqttException.class, () -> esp32.connectAsEsp32("PWD"));
			assertEquals(BAD_CREDENTIALS, refused.getReasonCode());
		}
		assertEquals("wrong password", refusal("clientA").reason());
	}

	@Test
	void disabledClientIsRefusedAndEnabledAgainConnects() throws Exception {
		fixture.registry.register("Desk ESP32", "clientA", "pwd".toCharArray(), "");
		try (Device esp32 = new Device(fixture.port, "clientA")) {
			esp32.connectAsEsp32("pwd");
			esp32.client.disconnect();
			fixture.registry.setEnabled("clientA", false);
			assertThrows(MqttException.class, () -> esp32.connectAsEsp32("pwd"));
			assertEquals("client is registered but disabled", refusal("clientA").reason());
			fixture.registry.setEnabled("clientA", true);
			esp32.connectAsEsp32("pwd");
			assertTrue(esp32.client.isConnected());
		}
	}

	@Test
	void userNameMustBeEmptyOrTheClientId() throws Exception {
		fixture.registry.register("Desk ESP32", "clientA", "pwd".toCharArray(), "");
		try (Device esp32 = new Device(fixture.port, "clientA")) {
			assertThrows(MqttException.class, () -> esp32.connect("admin", "pwd"));
			assertEquals("user name \"admin\" is neither empty nor the client ID", refusal("clientA").reason());
			esp32.connect("", "pwd");
			assertTrue(esp32.client.isConnected(), "an empty user name is accepted");
		}
	}

	@Test
	void clientWithoutCredentialsIsRefusedWithAReason() throws Exception {
		try (Device anonymous = new Device(fixture.port, "anon")) {
			MqttException refused = assertThrows(MqttException.class, () -> anonymous.connect(null, null));
			assertEquals(BAD_CREDENTIALS, refused.getReasonCode());
		}
		ConnectionEvent event = refusal("anon");
		assertTrue(event.reason().contains("anonymous clients are not allowed"), event.reason());
		assertTrue(event.address().startsWith("127.0.0.1:"), event.address());
	}

	@Test
	void onlineStateFollowsTheConnection() throws Exception {
		fixture.registry.register("Desk ESP32", "clientA", "pwd".toCharArray(), "");
		var client = fixture.registry.find("clientA").orElseThrow();
		assertFalse(client.isOnline());
		try (Device esp32 = new Device(fixture.port, "clientA")) {
			esp32.connectAsEsp32("pwd");
			assertTrue(Eventually.within(5, client::isOnline), "online after connect");
			assertTrue(client.getAddress().startsWith("127.0.0.1:"), client.getAddress());
			assertTrue(client.getLastSeen() != null);
			esp32.client.disconnect();
			assertTrue(Eventually.within(5, () -> !client.isOnline()), "offline after disconnect");
		}
	}

	@Test
	void disconnectCommandClosesTheDevicesConnection() throws Exception {
		fixture.registry.register("Desk ESP32", "clientA", "pwd".toCharArray(), "");
		try (Device esp32 = new Device(fixture.port, "clientA")) {
			esp32.connectAsEsp32("pwd");
			assertTrue(Eventually.within(5, () -> fixture.registry.find("clientA").get().isOnline()));
			assertTrue(fixture.broker.disconnect("clientA"));
			assertTrue(esp32.lost.await(5, java.util.concurrent.TimeUnit.SECONDS), "the device sees the disconnect");
			assertTrue(Eventually.within(5, () -> !fixture.registry.find("clientA").get().isOnline()));
		}
		assertTrue(Eventually.within(5, () -> fixture.log().stream()
				.anyMatch(e -> e.kind() == ConnectionEvent.Kind.DISCONNECTED && e.clientId().equals("clientA"))));
	}
}
