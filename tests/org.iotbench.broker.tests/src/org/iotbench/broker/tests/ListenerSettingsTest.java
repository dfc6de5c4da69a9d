package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import org.iotbench.broker.BrokerSettings;
import org.iotbench.broker.BrokerState;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.broker.CertificateSource;
import org.iotbench.broker.Listener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listener settings that cannot work are refused with a message that says what to change. */
class ListenerSettingsTest {

	@TempDir
	Path folder;
	private LocalBrokerFixture fixture;
	private BrokerSettings plain;

	@BeforeEach
	void start() throws Exception {
		fixture = new LocalBrokerFixture(folder);
		plain = fixture.broker.status().settings().withCertificate(CertificateSource.lan(folder.resolve("tls")));
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	@Test
	void twoListenersOnOnePortAreRefusedWithBothNamed() {
		BrokerSettings clash = plain.withTlsPort(8883).withWebSocketPort(8883);

		assertEquals(List.of("The MQTT over TLS and WebSocket listeners both use port 8883; "
				+ "give each listener a port of its own."), clash.problems());
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, clash::validate);
		assertEquals(clash.problems().get(0), refused.getMessage());

		BrokerStatus status = fixture.broker.start(clash);

		assertEquals(BrokerState.FAILED, status.state());
		assertTrue(status.reason().contains(clash.problems().get(0)), status.reason());
	}

	@Test
	void aListenerOnThePlainMqttPortIsRefused() {
		BrokerSettings clash = plain.withSecureWebSocketPort(plain.port());

		assertEquals(List.of("The MQTT and secure WebSocket listeners both use port " + plain.port()
				+ "; give each listener a port of its own."), clash.problems());
	}

	@Test
	void portsOutOfRangeAreNamedWithTheirListener() {
		assertEquals(List.of("The MQTT over TLS port 70000 is not between 1 and 65535."),
				plain.withTlsPort(70000).problems());
		assertEquals(List.of("The WebSocket port -1 is not between 1 and 65535."),
				plain.withWebSocketPort(-1).problems());
		assertTrue(plain.withTlsPort(BrokerSettings.OFF).problems().isEmpty(), "0 turns a listener off");
		assertEquals(List.of(Listener.MQTT), plain.listeners());
	}

	@Test
	void missingCertificateFilesAreNamed() {
		Path missing = folder.resolve("nowhere.pem");
		BrokerSettings settings = plain.withTlsPort(8883).withCertificate(CertificateSource.pem(missing, null));

		assertEquals(List.of("The file " + missing + " does not exist.",
				"Choose the file with the private key of the certificate (PEM, unencrypted PKCS#8)."),
				settings.problems());
		assertTrue(plain.withWebSocketPort(8080).withCertificate(CertificateSource.pem(missing, null)).problems()
				.isEmpty(), "plain WebSocket needs no certificate");
	}

	@Test
	void aTakenTlsPortIsReportedWithThatPort() throws Exception {
		try (ServerSocket otherProgram = new ServerSocket()) {
			otherProgram.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			int taken = otherProgram.getLocalPort();

			BrokerStatus status = fixture.broker.start(plain.withTlsPort(taken));

			assertEquals(BrokerState.FAILED, status.state());
			assertTrue(status.reason().startsWith("port " + taken + " is already in use"), status.reason());
		}
	}
}
