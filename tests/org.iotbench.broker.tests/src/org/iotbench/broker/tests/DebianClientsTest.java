package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.iotbench.tests.support.RequiredTool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clients makers use from a terminal, where installed (Debian's mosquitto-clients and python3-paho-mqtt):
 * retained QoS 0 messages as umqtt.simple sends them, and mosquitto_sub, which sends SUBSCRIBE before CONNACK.
 */
class DebianClientsTest {

	@TempDir
	Path folder;
	private LocalBrokerFixture fixture;

	@BeforeEach
	void start() throws Exception {
		fixture = new LocalBrokerFixture(folder);
		fixture.registry.register("board", "board", "pwd".toCharArray(), "");
		fixture.registry.register("laptop", "laptop", "pwd".toCharArray(), "");
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	private static String run(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (!process.waitFor(20, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("timed out: " + command);
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
		assertEquals(0, process.exitValue(), command + " said: " + output);
		return output;
	}

	private List<String> mosquittoSub(String filter) {
		return new ArrayList<>(List.of("/usr/bin/mosquitto_sub", "-h", "127.0.0.1", "-p",
				Integer.toString(fixture.port), "-i", "laptop", "-u", "laptop", "-P", "pwd", "-t", filter, "-C", "1",
				"-W", "15", "-F", "%r %t %p"));
	}

	@Test
	void pythonRetainedQos0StatusReachesMosquittoSubWithTheRetainFlag() throws Exception {
		RequiredTool.assume(Files.isExecutable(Path.of("/usr/bin/mosquitto_sub")),
				"mosquitto_sub (Debian package mosquitto-clients)");
		RequiredTool.assume(Files.isExecutable(Path.of("/usr/bin/python3")), "python3 (Debian package python3)");
		// as a board does: connect, publish the status, stay a moment, disconnect (QuickPublishersTest covers the
		// boards that close at once)
		String script = "import paho.mqtt.client as mqtt, time; c = mqtt.Client(client_id='board');"
				+ " c.username_pw_set('board', 'pwd'); c.connect('127.0.0.1', " + fixture.port + "); c.loop_start();"
				+ " c.publish('status/board', 'online', qos=0, retain=True); time.sleep(0.5); c.disconnect();"
				+ " c.loop_stop()";
		Process probe = new ProcessBuilder("/usr/bin/python3", "-c", "import paho.mqtt.client").start();
		RequiredTool.assume(probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0,
				"paho-mqtt for Python (Debian package python3-paho-mqtt)");
		run(List.of("/usr/bin/python3", "-c", script));
		// mosquitto_sub sends CONNECT and SUBSCRIBE together: Moquette alone would close the connection
		assertEquals("1 status/board online", run(mosquittoSub("status/#")));
	}

	@Test
	void mosquittoPubRetainedQos0IsKept() throws Exception {
		RequiredTool.assume(Files.isExecutable(Path.of("/usr/bin/mosquitto_pub")),
				"mosquitto_pub (Debian package mosquitto-clients)");
		run(List.of("/usr/bin/mosquitto_pub", "-h", "127.0.0.1", "-p", Integer.toString(fixture.port), "-i", "board",
				"-u", "board", "-P", "pwd", "-t", "lamp/state", "-m", "on", "-q", "0", "-r"));
		assertEquals("1 lamp/state on", run(mosquittoSub("lamp/+")));
	}
}
