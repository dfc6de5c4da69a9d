package org.iotbench.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.iotbench.broker.ConnectionEvent;
import org.iotbench.simulator.VirtualDevice;
import org.iotbench.simulator.VirtualDevice.State;
import org.iotbench.simulator.VirtualDeviceSettings;
import org.iotbench.simulator.internal.Messages;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.EmbeddedBroker;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A virtual device against the real embedded broker, as a registered client over TCP: it shows online, publishes at
 * its interval or exactly its count, answers a command, stops cleanly, and is refused and logged with a wrong
 * password, like hardware.
 */
class VirtualDeviceTest {

	@TempDir
	Path folder;
	private EmbeddedBroker broker;
	private Device watcher;
	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();

	@BeforeEach
	void brokerAndWatcher() throws Exception {
		broker = new EmbeddedBroker(folder);
		broker.registry.register("Simulated", "sim-1", "sim-pass".toCharArray(), null);
		broker.registry.register("Watcher", "watcher", "watch".toCharArray(), null);
		watcher = new Device(broker.port(), "watcher");
		watcher.connect("watch");
		watcher.client.subscribe("sim/#", 1);
	}

	@AfterEach
	void stop() throws Exception {
		scheduler.shutdownNow();
		watcher.close();
		broker.close();
	}

	private VirtualDeviceSettings settings(String password, long intervalMillis, long count) {
		return new VirtualDeviceSettings("sim-1", password, "127.0.0.1", broker.port(), "sim/1/telemetry",
				"{\"n\": ${counter(1)}, \"t\": ${walk(20, 0.5)}}", intervalMillis, count, 1, false, "sim/1/set",
				"sim/1/state", null);
	}

	private long count(String topic) {
		return watcher.received.stream().filter(m -> m.topic().equals(topic)).count();
	}

	@Test
	void itPublishesExactlyTheCountAskedForAndStopsByItself() throws Exception {
		try (VirtualDevice device = new VirtualDevice(settings("sim-pass", 50, 7), scheduler)) {
			device.start();
			assertTrue(Eventually.within(10, () -> device.status().state() == State.FINISHED),
					"finished: " + device.status());
			assertTrue(Eventually.within(5, () -> count("sim/1/telemetry") >= 7), "7 arrived");
			Thread.sleep(500);
			assertEquals(7, count("sim/1/telemetry"), "exactly 7");
			assertEquals(7, device.status().sent());
			String last = watcher.received.stream().filter(m -> m.topic().equals("sim/1/telemetry")).toList().get(6)
					.payload();
			assertTrue(last.startsWith("{\"n\": 7, \"t\": "), "the template made the 7th payload: " + last);
		}
	}

	@Test
	void itShowsOnlinePublishesAtItsIntervalAnswersACommandAndStopsCleanly() throws Exception {
		try (VirtualDevice device = new VirtualDevice(settings("sim-pass", 100, 0), scheduler)) {
			device.start();
			assertTrue(Eventually.within(10, () -> device.status().state() == State.RUNNING), "running: "
					+ device.status());
			assertTrue(Eventually.within(5, () -> broker.registry.find("sim-1").orElseThrow().isOnline()),
					"the broker shows it online, as it would a board");
			assertTrue(broker.broker.connectionLog().entries().stream().anyMatch(
					e -> e.kind() == ConnectionEvent.Kind.CONNECTED && e.clientId().equals("sim-1")),
					"and logs its connection");

			long before = count("sim/1/telemetry");
			long start = System.nanoTime();
			Thread.sleep(2_000);
			long arrived = count("sim/1/telemetry") - before;
			double expected = (System.nanoTime() - start) / 1e6 / 100;
			assertTrue(arrived >= expected * 0.5 && arrived <= expected * 1.5 + 1,
					arrived + " messages in about " + expected + " intervals of 100 ms");

			watcher.publish("sim/1/set", "on", 1, false);
			assertTrue(Eventually.within(5, () -> watcher.received.stream()
					.anyMatch(m -> m.topic().equals("sim/1/state") && m.payload().equals("on"))),
					"it answered the switch on its status topic");
			assertTrue(Eventually.within(5, () -> device.status().answered() == 1), device.status().toString());

			device.stop();
			assertEquals(State.STOPPED, device.status().state());
			assertTrue(Eventually.within(5, () -> !broker.registry.find("sim-1").orElseThrow().isOnline()),
					"offline once stopped");
			long after = count("sim/1/telemetry");
			Thread.sleep(400);
			assertEquals(after, count("sim/1/telemetry"), "nothing more after stop");
		}
	}

	@Test
	void aWrongPasswordIsRefusedLoggedAndRetriedLikeHardware() throws Exception {
		try (VirtualDevice device = new VirtualDevice(settings("not-it", 100, 0), scheduler)) {
			device.start();
			assertTrue(Eventually.within(10, () -> device.status().state() == State.WAITING), device.status()
					.toString());
			assertTrue(device.status().problem().contains(Messages.Device_badCredentials), device.status().problem());
			List<ConnectionEvent> refusals = broker.broker.connectionLog().entries().stream()
					.filter(e -> e.kind() == ConnectionEvent.Kind.REFUSED && e.clientId().equals("sim-1")).toList();
			assertTrue(!refusals.isEmpty(), "the Connection Log shows the refusal");
			assertEquals(0, count("sim/1/telemetry"));
		}
	}

	@Test
	void aWrongTemplateIsRefusedBeforeItConnects() {
		VirtualDeviceSettings wrong = new VirtualDeviceSettings("sim-1", "sim-pass", "127.0.0.1", broker.port(),
				"sim/1/t", "${random(1)}", 100, 0, 0, false, null, null, null);
		try (VirtualDevice device = new VirtualDevice(wrong, scheduler)) {
			IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
					device::start);
			assertTrue(e.getMessage().contains("needs 2 argument(s)"), e.getMessage());
			assertEquals(State.STOPPED, device.status().state());
		}
	}
}
