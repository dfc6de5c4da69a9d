package org.iotbench.devicecode.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.iotbench.devicecode.DeviceCode;
import org.iotbench.devicecode.DeviceSettings;
import org.iotbench.devicecode.DeviceTopics;
import org.iotbench.devicecode.Language;
import org.iotbench.tests.support.RequiredTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Arduino and ESP-IDF code compiles (warnings are errors) with the build machine's gcc against stand-ins that
 * declare the libraries' calls as the real headers do (PubSubClient 2.8, the ESP32 and ESP8266 cores, ESP-IDF 5 with
 * esp-mqtt), and then runs: the stand-ins print what the code asked of the libraries, so that the address, the
 * credentials (a password with a quote, a backslash and a non-ASCII letter), the topics, the last will and the answer
 * to a command are checked as the device would use them.
 */
class CompiledDeviceTest {

	private static final String PASSWORD = "pa\"ss\\wörd?? 1";
	private static final String DEVICE = "esp32-desk";
	private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUTest\n-----END CERTIFICATE-----\n";
	private static final List<String> ARDUINO_STAND_INS = List.of("Arduino.h", "WiFi.h", "ESP8266WiFi.h",
			"WiFiClientSecure.h", "PubSubClient.h", "standins.cpp");
	private static final List<String> ESP_IDF_STAND_INS = List.of("esp_err.h", "esp_event.h", "esp_log.h",
			"esp_netif.h", "esp_timer.h", "esp_wifi.h", "nvs_flash.h", "freertos/FreeRTOS.h",
			"freertos/event_groups.h", "freertos/task.h", "mqtt_client.h", "standins.c");

	@TempDir
	Path folder;

	@Test
	void theArduinoSketchForAnEsp32CompilesAndUsesTheClientsValues() throws Exception {
		String out = arduino(settings(), false);
		assertTrue(out.contains("server 192.0.2.7 1883\n"), out);
		assertTrue(out.contains("keepalive 60\n"), out);
		assertTrue(out.contains("connect id=esp32-desk user=esp32-desk password=" + PASSWORD
				+ " will=devices/esp32-desk/status qos=1 retain=1 message=offline\n"), out);
		assertTrue(out.contains("publish devices/esp32-desk/status retain=1 online\n"), out);
		assertTrue(out.contains("subscribe devices/esp32-desk/command\n"), out);
		assertTrue(out.contains("publish devices/esp32-desk/status retain=0 received hello\n"), out);
		List<String> readings = DeviceProgram.lines(out, "publish devices/esp32-desk/telemetry retain=0 ");
		assertEquals(3, readings.size(), "a reading every 5 s for 12 simulated seconds: " + readings);
		assertTrue(readings.get(0).endsWith("{\"count\": 1, \"uptime_s\": 0}"), readings.get(0));
		assertTrue(readings.get(2).endsWith("{\"count\": 3, \"uptime_s\": 10}"), readings.get(2));
		assertTrue(!out.contains("cacert"), "plain MQTT: no certificate");
	}

	@Test
	void theArduinoSketchWithTlsTrustsTheCertificateOnBothBoards() throws Exception {
		DeviceSettings tls = settings().withTls(8883, PEM);
		for (boolean esp8266 : new boolean[] { false, true }) {
			String out = arduino(tls, esp8266);
			assertTrue(out.contains("server 192.0.2.7 8883\n"), out);
			assertTrue(out.contains("cacert " + PEM.length() + " bytes -----BEGIN CERTIFICATE-----\n"), out);
		}
	}

	@Test
	void theEspIdfProgramCompilesAndUsesTheClientsValues() throws Exception {
		String out = espIdf(settings());
		assertTrue(out.contains("uri mqtt://192.0.2.7:1883\n"), out);
		assertTrue(out.contains("client_id esp32-desk\nusername esp32-desk\npassword " + PASSWORD + "\n"), out);
		assertTrue(out.contains("keepalive 60\n"), out);
		assertTrue(out.contains("will devices/esp32-desk/status qos=1 retain=1 offline\n"), out);
		assertTrue(out.contains("publish devices/esp32-desk/status qos=1 retain=1 online\n"), out);
		assertTrue(out.contains("subscribe devices/esp32-desk/command qos=1\n"), out);
		assertTrue(out.contains("publish devices/esp32-desk/status qos=1 retain=0 received hello\n"), out);
		List<String> readings = DeviceProgram.lines(out, "publish devices/esp32-desk/telemetry qos=1 retain=0 ");
		assertEquals(4, readings.size(), out);
		assertTrue(readings.get(1).endsWith("{\"count\": 2, \"uptime_s\": 5}"), readings.get(1));
		assertTrue(out.contains("wifi your_wifi_ssid your_wifi_password\n"), out);
	}

	@Test
	void theEspIdfProgramWithTlsUsesMqttsAndTheCertificate() throws Exception {
		String out = espIdf(settings().withTls(8883, PEM));
		assertTrue(out.contains("uri mqtts://192.0.2.7:8883\n"), out);
		assertTrue(out.contains("cacert " + PEM.length() + " bytes -----BEGIN CERTIFICATE-----\n"), out);
	}

	@Test
	void permittedTopicsReachTheCode() throws Exception {
		DeviceTopics topics = DeviceTopics.forClient(DEVICE, List.of("plant/%c/#"), List.of("plant/%c/set/+"));
		DeviceSettings settings = new DeviceSettings(DEVICE, PASSWORD, "192.0.2.7", 1883, null, topics, 30, 5);
		String out = espIdf(settings);
		assertTrue(out.contains("publish plant/esp32-desk/status qos=1 retain=1 online\n"), out);
		assertTrue(out.contains("subscribe plant/esp32-desk/set/+ qos=1\n"), out);
		assertTrue(out.contains("publish plant/esp32-desk/telemetry qos=1 retain=0 "), out);
		assertTrue(out.contains("keepalive 30\n"), out);
	}

	private static DeviceSettings settings() {
		return new DeviceSettings(DEVICE, PASSWORD, "192.0.2.7", 1883,
				DeviceTopics.forClient(DEVICE, List.of(), List.of()));
	}

	private String arduino(DeviceSettings settings, boolean esp8266) throws Exception {
		Path gxx = tool("g++", "g++ (Debian package g++)");
		Path dir = Files.createDirectories(folder.resolve("arduino-" + esp8266 + '-' + settings.tls()));
		DeviceProgram.copyStandIns("arduino", ARDUINO_STAND_INS, dir);
		Files.writeString(dir.resolve("iotbench_device.ino"), new DeviceCode().generate(Language.ARDUINO, settings),
				StandardCharsets.UTF_8);
		List<String> compile = new ArrayList<>(List.of(gxx.toString(), "-std=gnu++17", "-Wall", "-Wextra",
				"-Wno-unused-parameter", "-Werror", "-I.", "-include", "Arduino.h", "-x", "c++",
				"iotbench_device.ino", "-x", "none", "standins.cpp", "-o", "device"));
		if (esp8266) {
			compile.add(1, "-DESP8266");
		}
		DeviceProgram.run(dir, compile);
		return DeviceProgram.run(dir, List.of(dir.resolve("device").toString())).replace("\r", "");
	}

	private String espIdf(DeviceSettings settings) throws Exception {
		Path gcc = tool("gcc", "gcc (Debian package gcc)");
		Path dir = Files.createDirectories(folder.resolve("esp-idf-" + settings.tls() + '-' + System.nanoTime()));
		DeviceProgram.copyStandIns("esp-idf", ESP_IDF_STAND_INS, dir);
		Files.writeString(dir.resolve("main.c"), new DeviceCode().generate(Language.ESP_IDF, settings),
				StandardCharsets.UTF_8);
		DeviceProgram.run(dir, List.of(gcc.toString(), "-std=gnu17", "-Wall", "-Wextra", "-Wno-unused-parameter",
				"-Werror", "-I.", "main.c", "standins.c", "-o", "device"));
		return DeviceProgram.run(dir, List.of(dir.resolve("device").toString())).replace("\r", "");
	}

	private static Path tool(String name, String what) {
		Path path = Path.of("/usr/bin", name);
		RequiredTool.assume(Files.isExecutable(path), what);
		return path;
	}
}
