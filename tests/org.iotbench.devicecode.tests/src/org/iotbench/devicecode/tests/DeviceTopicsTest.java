package org.iotbench.devicecode.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.iotbench.devicecode.DeviceTopics;
import org.junit.jupiter.api.Test;

/** The topics of a generated device stay within its client's permissions. */
class DeviceTopicsTest {

	@Test
	void aClientAllowedEverywhereGetsItsOwnTopicsUnderDevices() {
		assertEquals(new DeviceTopics("devices/esp32/telemetry", "devices/esp32/status", "devices/esp32/command"),
				DeviceTopics.forClient("esp32", List.of(), List.of()));
	}

	@Test
	void wildcardsOfThePublishPermissionBecomeLevelsAndTheSubscribePermissionIsTheFilter() {
		DeviceTopics topics = DeviceTopics.forClient("esp32", List.of("home/+/%c/#", "other/#"), List.of("cmd/%c/#"));
		assertEquals("home/esp32/esp32/telemetry", topics.telemetry());
		assertEquals("home/esp32/esp32/status", topics.status());
		assertEquals("cmd/esp32/#", topics.commands());
	}

	@Test
	void aSingleAllowedTopicCarriesReadingsAndStatusBoth() {
		DeviceTopics topics = DeviceTopics.forClient("esp32", List.of("sensors/%c"), List.of());
		assertEquals("sensors/esp32", topics.telemetry());
		assertEquals("sensors/esp32", topics.status());
	}

	@Test
	void aClientIdWithTopicCharactersBecomesOneSafeLevel() {
		DeviceTopics topics = DeviceTopics.forClient("lab/#1+", List.of(), List.of());
		assertEquals("devices/lab__1_/telemetry", topics.telemetry());
	}

	@Test
	void anInvalidPermissionPatternIsRefusedInWords() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> DeviceTopics.forClient("esp32", List.of(), List.of("cmd/#/x")));
		assertEquals(true, e.getMessage().contains("cmd/#/x"), e.getMessage());
	}
}
