package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLSocketFactory;

import org.eclipse.paho.client.mqttv3.MqttException;
import org.iotbench.broker.BrokerEndpoint;
import org.iotbench.broker.CertificateSource;
import org.iotbench.core.tls.Fingerprint;
import org.iotbench.core.tls.PemFiles;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.RequiredTool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TLS, WebSocket and secure WebSocket listeners with the certificate generated for the LAN: real Paho clients on
 * each exchange messages with a device on plain MQTT, trusting nothing but the generated certificate file.
 */
class SecureListenersTest {

	private static final String MOSQUITTO_SUB = "/usr/bin/mosquitto_sub";

	@TempDir
	Path folder;
	private LocalBrokerFixture fixture;
	private int tlsPort;
	private int webSocketPort;
	private int secureWebSocketPort;
	private Path caFile;

	@BeforeEach
	void start() throws Exception {
		int[] ports = TlsClient.freePorts(3);
		tlsPort = ports[0];
		webSocketPort = ports[1];
		secureWebSocketPort = ports[2];
		Path tlsFolder = folder.resolve(CertificateSource.LAN_FOLDER);
		caFile = tlsFolder.resolve(CertificateSource.LAN_CERTIFICATE);
		fixture = new LocalBrokerFixture(folder, settings -> settings.withTlsPort(tlsPort)
				.withWebSocketPort(webSocketPort).withSecureWebSocketPort(secureWebSocketPort)
				.withCertificate(CertificateSource.lan(tlsFolder)));
		fixture.registry.register("Sensor", "sensor", "pwd".toCharArray(), "");
		fixture.registry.register("Laptop", "watcher", "pwd".toCharArray(), "");
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	/** The watcher subscribes; the sensor publishes on plain MQTT; then the other way round. */
	private void exchange(Device watcher, Device sensor) throws Exception {
		watcher.client.subscribe("sensors/#", 1);
		sensor.client.subscribe("commands/#", 1);
		sensor.publish("sensors/temperature", "21.5");
		assertTrue(watcher.awaitMessages(1), "the watcher receives what the TCP device publishes");
		assertEquals(new Device.Received("sensors/temperature", "21.5"), watcher.received.get(0));
		watcher.publish("commands/lamp", "on");
		assertTrue(sensor.awaitMessages(1), "the TCP device receives what the watcher publishes");
		assertEquals(new Device.Received("commands/lamp", "on"), sensor.received.get(0));
	}

	@Test
	void everyListenerHasTheUrlADeviceNeeds() {
		List<String> urls = fixture.broker.status().endpoints().stream().map(BrokerEndpoint::url).toList();

		assertEquals(List.of("mqtt://127.0.0.1:" + fixture.port, "mqtts://127.0.0.1:" + tlsPort,
				"ws://127.0.0.1:" + webSocketPort + "/mqtt", "wss://127.0.0.1:" + secureWebSocketPort + "/mqtt"), urls);
		assertTrue(fixture.broker.status().summary().contains("mqtts://127.0.0.1:" + tlsPort),
				fixture.broker.status().summary());
	}

	@Test
	void aClientTrustingTheLanCertificateExchangesMessagesOverTls() throws Exception {
		SSLSocketFactory sockets = TlsClient.trusting(caFile);
		try (Device watcher = new Device("ssl://127.0.0.1:" + tlsPort, "watcher");
				Device sensor = new Device(fixture.port, "sensor")) {
			watcher.connectAsEsp32("pwd", sockets);
			sensor.connectAsEsp32("pwd");
			exchange(watcher, sensor);
		}
		assertEquals(Fingerprint.sha256(PemFiles.certificates(caFile).get(0)),
				Fingerprint.sha256(TlsClient.presented(tlsPort)), "the broker presents the certificate in the file");
	}

	@Test
	void aClientThatDoesNotTrustTheCertificateIsRefused() throws Exception {
		try (Device stranger = new Device("ssl://127.0.0.1:" + tlsPort, "watcher")) {
			MqttException refused = assertThrows(MqttException.class,
					() -> stranger.connectAsEsp32("pwd", (SSLSocketFactory) SSLSocketFactory.getDefault()));
			assertTrue(refused.getCause() instanceof javax.net.ssl.SSLException, "a TLS failure: " + refused);
		}
	}

	@Test
	void aWebSocketClientExchangesMessagesWithATcpDevice() throws Exception {
		try (Device watcher = new Device("ws://127.0.0.1:" + webSocketPort + "/mqtt", "watcher");
				Device sensor = new Device(fixture.port, "sensor")) {
			watcher.connectAsEsp32("pwd");
			sensor.connectAsEsp32("pwd");
			exchange(watcher, sensor);
		}
	}

	@Test
	void aSecureWebSocketClientExchangesMessagesWithATcpDevice() throws Exception {
		try (Device watcher = new Device("wss://127.0.0.1:" + secureWebSocketPort + "/mqtt", "watcher");
				Device sensor = new Device(fixture.port, "sensor")) {
			watcher.connectAsEsp32("pwd", TlsClient.trusting(caFile));
			sensor.connectAsEsp32("pwd");
			exchange(watcher, sensor);
		}
	}

	@Test
	void mosquittoSubWithTheLanCertificateAsCaFileReceivesAMessage() throws Exception {
		RequiredTool.assume(Files.isExecutable(Path.of(MOSQUITTO_SUB)),
				MOSQUITTO_SUB + " (Debian package mosquitto-clients)");
		Process subscriber = new ProcessBuilder(MOSQUITTO_SUB, "--cafile", caFile.toString(), "-h", "127.0.0.1",
				"-p", Integer.toString(tlsPort), "-i", "watcher", "-u", "watcher", "-P", "pwd", "-t", "t", "-C", "1",
				"-W", "20").redirectErrorStream(true).start();
		try (Device sensor = new Device(fixture.port, "sensor")) {
			sensor.connectAsEsp32("pwd");
			// publish until the subscriber, once subscribed, has one and exits
			for (int i = 0; i < 100 && subscriber.isAlive(); i++) {
				sensor.publish("t", "hello over TLS");
				subscriber.waitFor(200, TimeUnit.MILLISECONDS);
			}
			assertTrue(subscriber.waitFor(5, TimeUnit.SECONDS), "mosquitto_sub got a message and exited");
			String output = new String(subscriber.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertEquals(0, subscriber.exitValue(), output);
			assertEquals("hello over TLS", output.strip());
		} finally {
			subscriber.destroyForcibly();
		}
	}
}
