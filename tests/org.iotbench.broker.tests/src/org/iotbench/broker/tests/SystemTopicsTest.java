package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics published under $SYS/broker/ for other tools, against a known number of messages. */
class SystemTopicsTest {

	@TempDir
	Path folder;
	private LocalBrokerFixture fixture;

	@BeforeEach
	void start() throws Exception {
		fixture = new LocalBrokerFixture(folder, settings -> settings.withSystemTopicsSeconds(1));
		for (String id : List.of("sensor", "explorer", "everything")) {
			fixture.registry.register(id, id, "pwd".toCharArray(), "");
		}
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	@Test
	void statisticsArePublishedUnderSysAndOnlyThere() throws Exception {
		try (Device sensor = new Device(fixture.port, "sensor"); Device explorer = new Device(fixture.port, "explorer");
				Device everything = new Device(fixture.port, "everything")) {
			everything.connectAsEsp32("pwd");
			everything.client.subscribe("#", 0);
			sensor.connectAsEsp32("pwd");
			for (int i = 0; i < 7; i++) {
				sensor.client.publish("sensors/t", "12345".getBytes(), 1, false);
			}
			assertTrue(Eventually.within(10, () -> fixture.broker.statistics().messagesIn() == 7));
			explorer.connectAsEsp32("pwd");
			explorer.client.subscribe("$SYS/broker/#", 0);
			// one round's topics arrive one after the other: wait for the byte count of the same round too
			assertTrue(Eventually.within(10, () -> "7".equals(latest(explorer).get("$SYS/broker/messages/received"))
					&& "35".equals(latest(explorer).get("$SYS/broker/bytes/received"))),
					"the counts arrive: " + latest(explorer));
			Map<String, String> values = latest(explorer);
			assertEquals("35", values.get("$SYS/broker/bytes/received"));
			assertTrue(values.containsKey("$SYS/broker/clients/connected"));
			assertTrue(values.containsKey("$SYS/broker/uptime"));
			assertTrue(everything.received.stream().noneMatch(m -> m.topic().startsWith("$")),
					"# does not match $SYS topics");
			assertEquals(7, everything.received.size());
		}
	}

	private static Map<String, String> latest(Device device) {
		return device.received.stream().collect(Collectors.toMap(Device.Received::topic, Device.Received::payload,
				(older, newer) -> newer));
	}
}
