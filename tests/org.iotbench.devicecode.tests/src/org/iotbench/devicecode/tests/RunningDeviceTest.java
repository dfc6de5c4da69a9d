package org.iotbench.devicecode.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.iotbench.clients.RegisteredClient;
import org.iotbench.devicecode.DeviceCode;
import org.iotbench.devicecode.DeviceSettings;
import org.iotbench.devicecode.DeviceSetup;
import org.iotbench.devicecode.DeviceTopics;
import org.iotbench.devicecode.Language;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.EmbeddedBroker;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated Python and MicroPython devices run for real against the embedded broker: CPython with paho-mqtt, and
 * CPython with test doubles of MicroPython's {@code network}, {@code machine} and {@code umqtt.simple} (a real MQTT
 * client over a socket). Each must connect with its registered credentials (a password with a quote, a backslash and
 * a non-ASCII letter), say it is online, publish readings, answer a command, and leave its last will when killed.
 */
class RunningDeviceTest {

	/** A password that breaks naive string literals. */
	private static final String PASSWORD = "pa\"ss\\wörd 1";
	private static final String DEVICE = "esp32-desk";

	@TempDir
	Path folder;
	private EmbeddedBroker broker;
	private Device watcher;

	@BeforeEach
	void brokerAndWatcher() throws Exception {
		broker = new EmbeddedBroker(folder.resolve("broker"));
		broker.registry.register("Desk", DEVICE, PASSWORD.toCharArray(), null);
		broker.registry.register("Watcher", "watcher", "watch".toCharArray(), null);
		watcher = new Device(broker.port(), "watcher");
		watcher.connect("watch");
		watcher.client.subscribe("devices/#", 1);
	}

	@AfterEach
	void stop() throws Exception {
		watcher.close();
		broker.close();
	}

	@Test
	void thePythonDeviceConnectsPublishesAnswersAndLeavesItsWill() throws Exception {
		Path python = DeviceProgram.python();
		Path code = write(Language.PYTHON, settings(broker.port()), "device.py");
		try (DeviceProgram device = DeviceProgram.start(code.getParent(), List.of(python.toString(), "-u",
				code.toString()))) {
			livesAsADevice(device);
		}
	}

	@Test
	void theMicroPythonDeviceRunsOnTheUmqttDoubleAndDoesTheSame() throws Exception {
		Path python = DeviceProgram.python();
		Path code = write(Language.MICROPYTHON, settings(broker.port()), "main.py");
		DeviceProgram.copyStandIns("micropython",
				List.of("network.py", "machine.py", "umqtt/__init__.py", "umqtt/simple.py"), code.getParent());
		try (DeviceProgram device = DeviceProgram.start(code.getParent(), List.of(python.toString(), "-u",
				code.toString()))) {
			livesAsADevice(device);
		}
	}

	@Test
	void thePythonDeviceTrustsTheBrokersCertificateOverTls() throws Exception {
		Path python = DeviceProgram.python();
		RegisteredClient client = broker.registry.find(DEVICE).orElseThrow();
		DeviceSettings tls = DeviceSetup.settings(client, PASSWORD, broker.settings, "127.0.0.1", true);
		assertEquals(broker.settings.tlsPort(), tls.port(), "the TLS listener's port");
		DeviceSettings quick = new DeviceSettings(tls.clientId(), tls.password(), tls.host(), tls.port(),
				tls.caCertificate(), tls.topics(), tls.keepAliveSeconds(), 1);
		Path code = write(Language.PYTHON, quick, "device.py");
		assertTrue(Files.readString(code).contains("-----BEGIN CERTIFICATE-----"), "the certificate is in the code");
		try (DeviceProgram device = DeviceProgram.start(code.getParent(), List.of(python.toString(), "-u",
				code.toString()))) {
			assertTrue(Eventually.within(20, () -> count("devices/" + DEVICE + "/telemetry") >= 1),
					"a reading arrived over TLS; the device printed:\n" + device.output());
		}
	}

	@Test
	void aDeviceWithTheWrongPasswordIsRefusedAndSaysSo() throws Exception {
		Path python = DeviceProgram.python();
		DeviceSettings wrong = new DeviceSettings(DEVICE, "not the password", "127.0.0.1", broker.port(), null,
				DeviceTopics.forClient(DEVICE, List.of(), List.of()), 60, 1);
		Path code = write(Language.PYTHON, wrong, "device.py");
		try (DeviceProgram device = DeviceProgram.start(code.getParent(), List.of(python.toString(), "-u",
				code.toString()))) {
			assertTrue(Eventually.within(20, () -> device.output().contains("the broker refused the connection")),
					"the device says it was refused: " + device.output());
			assertEquals(0, count("devices/" + DEVICE + "/telemetry"), "nothing got through");
		}
	}

	private void livesAsADevice(DeviceProgram device) throws Exception {
		String base = "devices/" + DEVICE + '/';
		assertTrue(Eventually.within(20, () -> has(base + "status", "online")),
				"the device said it is online; it printed:\n" + device.output());
		assertTrue(Eventually.within(20, () -> count(base + "telemetry") >= 2),
				"two readings arrived; the device printed:\n" + device.output());
		String first = watcher.received.stream().filter(m -> m.topic().equals(base + "telemetry")).findFirst()
				.orElseThrow().payload();
		assertTrue(first.matches("\\{\"count\": 1, \"uptime_s\": \\d+\\}"), "a JSON reading: " + first);
		watcher.publish(base + "command", "hello", 1, false);
		assertTrue(Eventually.within(10, () -> has(base + "status", "received hello")),
				"the device answered the command; it printed:\n" + device.output());
		assertTrue(device.alive(), "still running: " + device.output());
		device.kill();
		assertTrue(Eventually.within(10, () -> has(base + "status", "offline")),
				"its last will said it went offline");
	}

	private DeviceSettings settings(int port) {
		return new DeviceSettings(DEVICE, PASSWORD, "127.0.0.1", port, null,
				DeviceTopics.forClient(DEVICE, List.of(), List.of()), 60, 1);
	}

	private Path write(Language language, DeviceSettings settings, String name) throws Exception {
		Path dir = Files.createDirectories(folder.resolve(language.id()));
		Path file = dir.resolve(name);
		Files.writeString(file, new DeviceCode().generate(language, settings), StandardCharsets.UTF_8);
		return file;
	}

	private boolean has(String topic, String payload) {
		return watcher.received.stream().anyMatch(m -> m.topic().equals(topic) && m.payload().equals(payload));
	}

	private long count(String topic) {
		return watcher.received.stream().filter(m -> m.topic().equals(topic)).count();
	}
}
