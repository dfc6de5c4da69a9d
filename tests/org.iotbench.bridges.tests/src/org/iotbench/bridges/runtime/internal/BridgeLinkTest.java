package org.iotbench.bridges.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.iotbench.bridges.Bridge;
import org.iotbench.bridges.BridgesFactory;
import org.iotbench.bridges.runtime.BridgeException;
import org.iotbench.bridges.runtime.BridgeFile;
import org.iotbench.bridges.runtime.BridgePassword;
import org.iotbench.bridges.runtime.BridgeState;
import org.iotbench.bridges.runtime.BridgeStatus;
import org.iotbench.bridges.runtime.TopicRuleText;
import org.iotbench.broker.ConnectionEvent;
import org.iotbench.core.DataLocation;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.EmbeddedBroker;
import org.iotbench.tests.support.Eventually;
import org.iotbench.tests.support.Mosquitto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bridges between the real embedded broker and a real upstream (Debian's mosquitto, or a second embedded broker),
 * with real Paho clients as the device on the LAN and the application at the upstream.
 */
class BridgeLinkTest {

	@TempDir
	Path folder;
	private EmbeddedBroker local;
	private BridgeFile file;
	private BridgeManager manager;
	private final List<AutoCloseable> closing = new ArrayList<>();

	@BeforeEach
	void localBroker() throws Exception {
		System.setProperty(DataLocation.PROPERTY, folder.resolve("data").toString());
		local = new EmbeddedBroker(folder.resolve("local"));
		local.registry.register("Desk board", "dev1", "dev1-secret".toCharArray(), null);
		file = new BridgeFile(folder.resolve("data").resolve(BridgeFile.FILE_NAME));
		manager = new BridgeManager(local.broker, file);
	}

	@AfterEach
	void close() throws Exception {
		manager.close();
		for (AutoCloseable resource : closing.reversed()) {
			resource.close();
		}
		local.close();
	}

	private Bridge bridge(String name, int port, String... rules) throws BridgeException {
		Bridge bridge = BridgesFactory.eINSTANCE.createBridge();
		bridge.setName(name);
		bridge.setHost("127.0.0.1");
		bridge.setPort(port);
		bridge.setClientId("iotbench-test-" + name);
		for (String rule : rules) {
			bridge.getRules().add(TopicRuleText.parse(rule));
		}
		return bridge;
	}

	private void add(Bridge bridge) throws BridgeException {
		file.change(configuration -> configuration.getBridges().add(bridge));
		manager.reload();
	}

	private BridgeStatus status(String name) {
		return manager.statuses().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
	}

	private boolean connected(String name) throws InterruptedException {
		return Eventually.within(10, () -> status(name).state() == BridgeState.CONNECTED);
	}

	private Mosquitto upstream(Path where, int port, boolean persistence) throws Exception {
		Mosquitto.assumeInstalled();
		Files.createDirectories(where);
		Mosquitto mosquitto = port == 0 ? Mosquitto.start(where) : Mosquitto.start(where, port, persistence);
		closing.add(mosquitto);
		return mosquitto;
	}

	private Device device() throws Exception {
		Device device = new Device(local.port(), "dev1");
		closing.add(device);
		device.connect("dev1-secret");
		return device;
	}

	private Device application(int port, String clientId) throws Exception {
		Device application = new Device(port, clientId);
		closing.add(application);
		application.client.connect(Device.options(null, null));
		return application;
	}

	@Test
	void aDeviceOnTheLanAndAnApplicationUpstreamTalkThroughPrefixes() throws Exception {
		Mosquitto upstream = upstream(folder.resolve("upstream"), 0, false);
		add(bridge("cloud", upstream.port, "sensors/# out 1 \"\" site1/", "cmd/# in 1 \"\" site1/"));
		assertTrue(connected("cloud"), () -> status("cloud").toString());
		Device application = application(upstream.port, "app");
		application.client.subscribe("site1/sensors/#", 1);
		Device device = device();
		device.client.subscribe("cmd/dev1", 1);

		device.publish("sensors/dev1/temperature", "21.5", 1, false);
		assertTrue(application.awaitMessages(1), "the application upstream got the device's reading");
		assertEquals(new Device.Received("site1/sensors/dev1/temperature", "21.5"), application.received.get(0));

		application.publish("site1/cmd/dev1", "fan on", 1, false);
		assertTrue(device.awaitMessages(1), "the device got the application's answer");
		assertEquals(new Device.Received("cmd/dev1", "fan on"), device.received.get(0));

		BridgeStatus status = status("cloud");
		assertEquals(1, status.sent(), status.toString());
		assertEquals(1, status.received(), status.toString());
		assertTrue(local.broker.connectionLog().entries().stream()
				.anyMatch(e -> e.kind() == ConnectionEvent.Kind.BRIDGE_CONNECTED && e.clientId().equals("cloud")),
				"the Connection Log shows the bridge connecting");
	}

	@Test
	void bothWaysNothingEchoes() throws Exception {
		Mosquitto upstream = upstream(folder.resolve("upstream"), 0, false);
		add(bridge("mirror", upstream.port, "chat/# both 1"));
		assertTrue(connected("mirror"), () -> status("mirror").toString());
		Device application = application(upstream.port, "app");
		application.client.subscribe("chat/#", 1);
		Device device = device();
		device.client.subscribe("chat/#", 1);

		device.publish("chat/lan", "from the desk", 1, false);
		application.publish("chat/cloud", "from the cloud", 1, false);
		assertTrue(Eventually.within(10, () -> device.received.size() >= 2 && application.received.size() >= 2));
		Thread.sleep(1_500); // an echo loop would go on multiplying meanwhile

		Set<Device.Received> both = Set.of(new Device.Received("chat/lan", "from the desk"),
				new Device.Received("chat/cloud", "from the cloud"));
		assertEquals(2, device.received.size(), () -> "the device saw each message once: " + device.received);
		assertEquals(both, Set.copyOf(device.received));
		assertEquals(2, application.received.size(), () -> "upstream saw each message once: " + application.received);
		assertEquals(both, Set.copyOf(application.received));
		BridgeStatus status = status("mirror");
		assertEquals(1, status.sent(), status.toString());
		assertEquals(1, status.received(), status.toString());
	}

	/** The upstream stopped for 30 s while a device goes on publishing QoS 1 messages, as the issue asks. */
	@Test
	void anUpstreamStoppedHalfAMinuteMidStreamLosesNoQos1MessageAndKeepsTheOrder() throws Exception {
		int port;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path upstreamFolder = folder.resolve("upstream");
		Mosquitto upstream = upstream(upstreamFolder, port, true);
		add(bridge("cloud", port, "meter/# out 1"));
		assertTrue(connected("cloud"), () -> status("cloud").toString());
		MqttConnectOptions persistent = Device.options(null, null);
		persistent.setCleanSession(false);
		Device application = new Device(port, "archive");
		closing.add(application);
		application.client.connect(persistent);
		application.client.subscribe("meter/#", 1);
		Device device = device();

		int sent = 0;
		for (; sent < 100; sent++) {
			device.publish("meter/energy", Integer.toString(sent), 1, false);
			Thread.sleep(10);
		}
		upstream.close(); // SIGTERM: mosquitto saves its sessions and stops
		assertTrue(Eventually.within(10, () -> status("cloud").state() == BridgeState.RETRYING),
				() -> status("cloud").toString());
		long restart = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
		while (System.nanoTime() < restart) {
			device.publish("meter/energy", Integer.toString(sent++), 1, false);
			Thread.sleep(100);
		}
		assertTrue(status("cloud").queued() > 0, () -> "messages wait on disk: " + status("cloud"));
		upstream = upstream(upstreamFolder, port, true);
		application.client.connect(persistent);
		for (int i = 0; i < 100; i++) {
			device.publish("meter/energy", Integer.toString(sent++), 1, false);
			Thread.sleep(10);
		}
		int total = sent;
		assertTrue(Eventually.within(90, () -> distinct(application).size() == total),
				() -> "received " + distinct(application).size() + " of " + total + "; " + status("cloud"));
		List<Integer> order = new ArrayList<>(distinct(application));
		for (int i = 0; i < total; i++) {
			assertEquals(i, order.get(i), "the messages arrive in the order the device sent them");
		}
		assertTrue(Eventually.within(10, () -> status("cloud").queued() == 0), () -> status("cloud").toString());
		assertTrue(local.broker.connectionLog().entries().stream()
				.anyMatch(e -> e.kind() == ConnectionEvent.Kind.BRIDGE_LOST && !e.reason().isEmpty()),
				"the Connection Log says why the bridge lost its upstream");
	}

	/** The payloads received, each once, in the order of their first arrival. */
	private static Set<Integer> distinct(Device device) {
		Set<Integer> seen = new LinkedHashSet<>();
		for (Device.Received received : device.received) {
			seen.add(Integer.valueOf(received.payload()));
		}
		return seen;
	}

	@Test
	void aWrongPasswordIsReportedInWords() throws Exception {
		EmbeddedBroker company = new EmbeddedBroker(folder.resolve("company"));
		closing.add(company);
		company.registry.register("Bridge of the lab", "lab-bridge", "right".toCharArray(), null);
		Bridge bridge = bridge("company", company.port(), "sensors/# out 1");
		bridge.setClientId("lab-bridge");
		bridge.setUserName("lab-bridge");
		BridgePassword.write("company", "wrong".toCharArray());
		add(bridge);

		assertTrue(Eventually.within(10, () -> status("company").state() == BridgeState.RETRYING),
				() -> status("company").toString());
		String error = status("company").lastError().toLowerCase(java.util.Locale.ROOT);
		assertTrue(error.contains("password") || error.contains("not authorized") || error.contains("user name"),
				() -> "the reason names the credentials: " + status("company").lastError());
		assertTrue(local.broker.connectionLog().entries().stream()
				.anyMatch(e -> e.kind() == ConnectionEvent.Kind.BRIDGE_FAILED && e.clientId().equals("company")));

		BridgePassword.write("company", "right".toCharArray());
		file.change(configuration -> {
			configuration.getBridges().get(0).setKeepAliveSeconds(30); // a change restarts the bridge
			return null;
		});
		manager.reload();
		assertTrue(connected("company"), () -> status("company").toString());
	}

	@Test
	void aBridgeThatCannotWorkSaysWhyAndOthersRun() throws Exception {
		Mosquitto upstream = upstream(folder.resolve("upstream"), 0, false);
		Bridge broken = bridge("broken", 70_000, "sensors/+/x# out 1");
		add(broken);
		add(bridge("fine", upstream.port, "sensors/# out 0"));

		assertEquals(BridgeState.INVALID, status("broken").state());
		assertTrue(status("broken").lastError().contains("70000"), () -> status("broken").lastError());
		assertTrue(status("broken").lastError().contains("sensors/+/x#"), () -> status("broken").lastError());
		assertTrue(connected("fine"), () -> status("fine").toString());
	}

	@Test
	void aDisabledBridgeCarriesNothingUntilEnabledAgain() throws Exception {
		Mosquitto upstream = upstream(folder.resolve("upstream"), 0, false);
		add(bridge("cloud", upstream.port, "meter/# out 1"));
		assertTrue(connected("cloud"), () -> status("cloud").toString());
		Device application = application(upstream.port, "app");
		application.client.subscribe("meter/#", 1);
		Device device = device();

		file.change(configuration -> {
			configuration.getBridges().get(0).setEnabled(false);
			return null;
		});
		manager.reload();
		assertEquals(BridgeState.STOPPED, status("cloud").state());
		device.publish("meter/energy", "while off", 1, false);
		Thread.sleep(500);
		assertEquals(List.of(), application.received, "nothing crosses a disabled bridge");

		file.change(configuration -> {
			configuration.getBridges().get(0).setEnabled(true);
			return null;
		});
		manager.reload();
		assertTrue(connected("cloud"), () -> status("cloud").toString());
		device.publish("meter/energy", "on again", 1, false);
		assertTrue(application.awaitMessages(1));
		assertEquals(List.of(new Device.Received("meter/energy", "on again")), application.received);
	}

	@Test
	void overTlsTrustingTheUpstreamsCertificateAndRefusingAnUntrustedOne() throws Exception {
		EmbeddedBroker company = new EmbeddedBroker(folder.resolve("company"));
		closing.add(company);
		company.registry.register("Bridge of the lab", "lab-bridge", "right".toCharArray(), null);
		company.registry.register("Company dashboard", "dashboard", "board-secret".toCharArray(), null);
		Bridge secure = bridge("secure", company.settings.tlsPort(), "sensors/# out 1");
		secure.setTls(true);
		secure.setCaFile(company.settings.certificate().certificate().toString());
		secure.setClientId("lab-bridge");
		secure.setUserName("lab-bridge");
		BridgePassword.write("secure", "right".toCharArray());
		add(secure);
		assertTrue(connected("secure"), () -> status("secure").toString());

		Device dashboard = new Device(company.port(), "dashboard");
		closing.add(dashboard);
		dashboard.connect("board-secret");
		dashboard.client.subscribe("sensors/#", 1);
		device().publish("sensors/lab/co2", "612", 1, false);
		assertTrue(dashboard.awaitMessages(1), "the message crossed the TLS bridge");
		assertEquals(new Device.Received("sensors/lab/co2", "612"), dashboard.received.get(0));

		Bridge untrusting = bridge("untrusting", company.settings.tlsPort(), "other/# out 1");
		untrusting.setTls(true); // the Java runtime's trust store does not know the LAN certificate
		add(untrusting);
		assertTrue(Eventually.within(10, () -> status("untrusting").state() == BridgeState.RETRYING),
				() -> status("untrusting").toString());
		assertTrue(status("untrusting").lastError().contains("certificate"),
				() -> "the reason names the certificate: " + status("untrusting").lastError());
	}

	@Test
	void aDevicesLastWillAndRetainedStateReachTheUpstream() throws Exception {
		Mosquitto upstream = upstream(folder.resolve("upstream"), 0, false);
		Device device = new Device(local.port(), "dev1");
		closing.add(device);
		MqttConnectOptions withWill = Device.options("dev1", "dev1-secret");
		withWill.setWill("status/dev1", "offline".getBytes(java.nio.charset.StandardCharsets.UTF_8), 1, true);
		device.client.connect(withWill);
		device.publish("status/dev1", "online", 1, true);
		add(bridge("cloud", upstream.port, "status/# out 1"));
		assertTrue(connected("cloud"), () -> status("cloud").toString());
		Device application = application(upstream.port, "app");
		application.client.subscribe("status/#", 1);
		assertTrue(application.awaitMessages(1), "the retained state published before the bridge came is upstream");
		assertEquals(new Device.Received("status/dev1", "online"), application.received.get(0));

		device.client.disconnectForcibly(0, 0, false); // the board loses power: no DISCONNECT
		assertTrue(Eventually.within(10, () -> application.received.contains(new Device.Received("status/dev1",
				"offline"))), () -> "the last will crossed the bridge: " + application.received);
	}

}
