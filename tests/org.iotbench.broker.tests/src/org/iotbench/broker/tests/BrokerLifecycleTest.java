package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.MqttException;
import org.iotbench.broker.BrokerEndpoint;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.broker.BrokerState;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.broker.ConnectionEvent;
import org.iotbench.broker.internal.MoquetteBroker;
import org.iotbench.registry.PasswordHasher;
import org.iotbench.registry.internal.LocalClientRegistry;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting, failing, stopping and restarting the embedded broker, as the status bar and the devices see it. */
class BrokerLifecycleTest {

	@TempDir
	Path folder;
	private Path file;
	private LocalClientRegistry registry;
	private MoquetteBroker broker;

	@BeforeEach
	void create() throws Exception {
		file = folder.resolve(LocalClientRegistry.FILE_NAME);
		registry = new LocalClientRegistry(file, new PasswordHasher(1_000));
		registry.register("Desk ESP32", "clientA", "pwd".toCharArray(), "");
		broker = new MoquetteBroker(registry);
	}

	@AfterEach
	void close() {
		broker.close();
		registry.close();
	}

	private static BrokerSettings loopback(int port, boolean allowAnonymous) {
		return new BrokerSettings("127.0.0.1", port, allowAnonymous, BrokerSettings.DEFAULT_MAX_MESSAGE_BYTES);
	}

	private BrokerStatus startOnFreePort(boolean allowAnonymous) throws IOException {
		BrokerStatus status = broker.start(loopback(LocalBrokerFixture.freePort(), allowAnonymous));
		assertEquals(BrokerState.RUNNING, status.state(), status.summary());
		return status;
	}

	private List<ConnectionEvent> log() {
		return broker.connectionLog().entries();
	}

	private boolean logged(ConnectionEvent.Kind kind, String clientId) {
		return log().stream().anyMatch(e -> e.kind() == kind && e.clientId().equals(clientId));
	}

	@Test
	void aPortInUseIsReportedAndTheBrokerStartsOnceItIsFree() throws Exception {
		List<BrokerStatus> published = new CopyOnWriteArrayList<>();
		broker.addStatusListener(published::add);
		int port;
		try (ServerSocket otherProgram = new ServerSocket()) {
			otherProgram.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			port = otherProgram.getLocalPort();

			BrokerStatus failed = broker.start(loopback(port, false));

			assertEquals(BrokerState.FAILED, failed.state());
			assertTrue(failed.reason().contains("already in use"), failed.reason());
			assertTrue(failed.reason().contains(Integer.toString(port)), "names the port: " + failed.reason());
			assertTrue(failed.summary().contains(failed.reason()), failed.summary());
			assertTrue(failed.endpoints().isEmpty(), "nothing to connect to: " + failed.endpoints());
			assertEquals(failed, broker.status());
			assertEquals(List.of(BrokerState.STARTING, BrokerState.FAILED),
					published.stream().map(BrokerStatus::state).toList());
		}

		BrokerStatus running = broker.start(loopback(port, false));

		assertEquals(BrokerState.RUNNING, running.state(), running.summary());
		assertEquals("", running.reason());
		assertEquals(List.of("mqtt://127.0.0.1:" + port),
				running.endpoints().stream().map(BrokerEndpoint::url).toList());
		assertEquals("127.0.0.1:" + port, running.endpoints().get(0).hostAndPort());
		try (Device esp32 = new Device(port, "clientA")) {
			esp32.connectAsEsp32("pwd");
			assertTrue(esp32.client.isConnected());
		}
	}

	@Test
	void aStoppedBrokerRefusesConnectionsAndARestartedOneAcceptsThem() throws Exception {
		int port = startOnFreePort(false).settings().port();
		try (Device esp32 = new Device(port, "clientA")) {
			esp32.connectAsEsp32("pwd");
			assertTrue(Eventually.within(5, () -> registry.find("clientA").orElseThrow().isOnline()));

			BrokerStatus stopped = broker.stop();

			assertEquals(BrokerState.STOPPED, stopped.state());
			assertTrue(stopped.endpoints().isEmpty());
			assertTrue(esp32.lost.await(5, TimeUnit.SECONDS), "connected devices are disconnected");
			assertTrue(Eventually.within(5, () -> !registry.find("clientA").orElseThrow().isOnline()),
					"and shown offline");
		}
		try (Device late = new Device(port, "clientA")) {
			MqttException refused = assertThrows(MqttException.class, () -> late.connectAsEsp32("pwd"));
			assertEquals(MqttException.REASON_CODE_SERVER_CONNECT_ERROR, refused.getReasonCode(),
					"nothing listens on the port: " + refused);
		}

		BrokerStatus restarted = broker.restart();

		assertEquals(BrokerState.RUNNING, restarted.state(), restarted.summary());
		assertEquals(port, restarted.settings().port(), "the same settings as before");
		try (Device esp32 = new Device(port, "clientA")) {
			esp32.connectAsEsp32("pwd");
			assertTrue(esp32.client.isConnected());
		}
	}

	@Test
	void anonymousClientsAreRefusedUnlessTheUserAllowsThem() throws Exception {
		int port = startOnFreePort(false).settings().port();
		try (Device anonymous = new Device(port, "anon")) {
			MqttException refused = assertThrows(MqttException.class, () -> anonymous.connect(null, null));
			assertEquals(MqttException.REASON_CODE_FAILED_AUTHENTICATION, refused.getReasonCode());
		}
		assertTrue(Eventually.within(5, () -> log().stream()
				.anyMatch(e -> e.kind() == ConnectionEvent.Kind.REFUSED && e.clientId().equals("anon")
						&& e.reason().contains("anonymous clients are not allowed"))),
				"the refusal is in the connection log: " + log());

		BrokerStatus open = broker.start(loopback(port, true));

		assertEquals(BrokerState.RUNNING, open.state(), open.summary());
		assertTrue(open.settings().allowAnonymous());
		try (Device anonymous = new Device(port, "anon")) {
			anonymous.connect(null, null);
			assertTrue(anonymous.client.isConnected());
		}
		assertTrue(Eventually.within(5, () -> logged(ConnectionEvent.Kind.CONNECTED, "anon")), log().toString());

		try (Device impostor = new Device(port, "clientA")) {
			assertThrows(MqttException.class, () -> impostor.connectAsEsp32("guessed"));
		}
		assertTrue(log().stream().anyMatch(e -> e.kind() == ConnectionEvent.Kind.REFUSED
				&& e.clientId().equals("clientA") && e.reason().equals("wrong password")),
				"credentials that are sent are still checked: " + log());
	}

	@Test
	void aDeviceRegisteredFromTheCommandLineConnectsWithoutARestart() throws Exception {
		int port = startOnFreePort(false).settings().port();
		LocalClientRegistry commandLine = new LocalClientRegistry(file, new PasswordHasher(1_000));
		try (Device esp32 = new Device(port, "clientB")) {
			assertThrows(MqttException.class, () -> esp32.connectAsEsp32("pwd-B"), "not registered yet");

			commandLine.register("Greenhouse", "clientB", "pwd-B".toCharArray(), "");
			// The broker's registry notices the change by the file's time stamp; two writes within the file
			// system's time stamp resolution look like one. Move the stamp on as a later write would.
			Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 3_600_000));

			esp32.connectAsEsp32("pwd-B");
			assertTrue(esp32.client.isConnected());
			assertTrue(Eventually.within(5, () -> registry.find("clientB").map(c -> c.isOnline()).orElse(false)),
					"the workbench shows the new device online");
		} finally {
			commandLine.close();
		}
		assertEquals(BrokerState.RUNNING, broker.status().state());
	}

	@Test
	void portsOutsideOneTo65535AreRefusedNamingWhatWasTyped() {
		for (String text : List.of("0", "65536", "abc", "", "-1", "1883x", "99999999999")) {
			IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
					() -> BrokerSettings.parsePort(text), text);
			assertTrue(refused.getMessage().contains('"' + text + '"'), refused.getMessage());
		}
		assertEquals(1883, BrokerSettings.parsePort("1883"));
		assertEquals(1, BrokerSettings.parsePort("1"));
		assertEquals(65535, BrokerSettings.parsePort("65535"));
		assertEquals(8883, BrokerSettings.parsePort(" 8883 "), "spaces around the number are ignored");
	}

	@Test
	void bindAddressesMustBeAddressesOfThisComputer() {
		for (String text : List.of("999.1.1.1", "192.0.2.1")) {
			IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
					() -> BrokerSettings.parseBindAddress(text), text);
			assertTrue(refused.getMessage().contains(text), refused.getMessage());
		}
		IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
				() -> BrokerSettings.parseBindAddress(""));
		assertTrue(empty.getMessage().contains("0.0.0.0"), "suggests listening everywhere: " + empty.getMessage());
		assertThrows(IllegalArgumentException.class, () -> BrokerSettings.parseBindAddress("   "));

		assertEquals("0.0.0.0", BrokerSettings.parseBindAddress("0.0.0.0"));
		assertEquals("127.0.0.1", BrokerSettings.parseBindAddress("127.0.0.1"));
		assertEquals("127.0.0.1", BrokerSettings.parseBindAddress(" 127.0.0.1 "));
		assertFalse(BrokerSettings.defaults().allowAnonymous(), "a fresh installation refuses anonymous clients");
	}
}
