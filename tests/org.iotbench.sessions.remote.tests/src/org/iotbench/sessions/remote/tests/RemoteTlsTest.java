package org.iotbench.sessions.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.iotbench.sessions.RemoteSettings;
import org.iotbench.sessions.RemoteSettings.TlsSettings;
import org.iotbench.sessions.RemoteSettings.TrustMode;
import org.iotbench.sessions.RemoteTransport;
import org.iotbench.sessions.SessionState;
import org.iotbench.sessions.SessionStatus;
import org.iotbench.sessions.internal.remote.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remote sessions over TLS and secure WebSocket against a real Mosquitto with a test certificate authority. */
class RemoteTlsTest {

	@TempDir
	static Path folder;
	private static Mosquitto mosquitto;

	@BeforeAll
	static void startBroker() throws Exception {
		mosquitto = new Mosquitto(folder);
	}

	@AfterAll
	static void stopBroker() throws Exception {
		if (mosquitto != null) {
			mosquitto.close();
		}
	}

	private static RemoteSettings tls(boolean mqtt5, String clientId, int port, TlsSettings tls) {
		return Probe.settings(mosquitto, mqtt5, clientId).withTransport(RemoteTransport.TLS, port).withTls(tls);
	}

	private static TlsSettings testCa() {
		return TlsSettings.caFile(mosquitto.pki.caCertificate);
	}

	private static void connectsAndPublishes(RemoteSettings settings, String id) throws Exception {
		try (Probe probe = new Probe(settings); Watcher watcher = new Watcher(mosquitto.port, id + "-watcher")) {
			watcher.subscribe("iot/" + id);
			probe.session.connect();
			probe.await(SessionState.CONNECTED);
			probe.session.publish("iot/" + id, Probe.bytes("over tls"), 1, false);
			Watcher.Received received = watcher.next(Probe.WAIT_SECONDS);
			assertNotNull(received, "the watcher on the plain listener receives what came over TLS");
			assertEquals("over tls", received.payload());
		}
	}

	@Test
	void mqtt311WithCaFile() throws Exception {
		connectsAndPublishes(tls(false, "tls311", mosquitto.tlsPort, testCa()), "tls311");
	}

	@Test
	void mqtt5WithCaFile() throws Exception {
		connectsAndPublishes(tls(true, "tls5", mosquitto.tlsPort, testCa()), "tls5");
	}

	@Test
	void hostNameLocalhostIsInTheCertificate() throws Exception {
		connectsAndPublishes(tls(false, "tls-localhost", mosquitto.tlsPort, testCa()).withHost("localhost",
				mosquitto.tlsPort), "tls-localhost");
	}

	@Test
	void secureWebSocketWithCaFile() throws Exception {
		connectsAndPublishes(tls(true, "wss5", mosquitto.secureWebsocketPort, testCa())
				.withTransport(RemoteTransport.SECURE_WEBSOCKET, mosquitto.secureWebsocketPort), "wss5");
	}

	@Test
	void systemTrustDoesNotTrustTheTestCa() throws Exception {
		for (boolean mqtt5 : new boolean[] { false, true }) {
			try (Probe probe = new Probe(tls(mqtt5, "tls-system", mosquitto.tlsPort, TlsSettings.SYSTEM))) {
				probe.session.connect();
				SessionStatus failed = probe.await(SessionState.FAILED);
				assertEquals("the server certificate is not trusted: "
						+ "it is not signed by a trusted certificate authority", failed.reason(), "MQTT 5: " + mqtt5);
			}
		}
	}

	@Test
	void certificateForAnotherHostIsRefused() throws Exception {
		try (Probe probe = new Probe(tls(false, "tls-other-name", mosquitto.otherNamePort, testCa()))) {
			probe.session.connect();
			assertEquals("the server certificate is not trusted: it is not issued for 127.0.0.1",
					probe.await(SessionState.FAILED).reason());
		}
	}

	@Test
	void insecureTrustAcceptsAnyCertificateAndHostName() throws Exception {
		RemoteSettings settings = tls(true, "tls-insecure", mosquitto.otherNamePort,
				new TlsSettings(TrustMode.INSECURE, null, null, null));
		assertEquals(java.util.List.of(Messages.Settings_insecure), settings.warnings());
		connectsAndPublishes(settings, "tls-insecure");
	}

	@Test
	void clientCertificateWithEcKey() throws Exception {
		connectsAndPublishes(tls(false, "mtls-ec", mosquitto.clientCertificatePort,
				testCa().withClientCertificate(mosquitto.pki.clientCertificate, mosquitto.pki.clientKey)), "mtls-ec");
	}

	@Test
	void clientCertificateWithRsaKey() throws Exception {
		connectsAndPublishes(tls(true, "mtls-rsa", mosquitto.clientCertificatePort,
				testCa().withClientCertificate(mosquitto.pki.rsaClientCertificate, mosquitto.pki.rsaClientKey)),
				"mtls-rsa");
	}

	@Test
	void listenerRequiringACertificateRefusesAClientWithout() throws Exception {
		try (Probe probe = new Probe(tls(false, "mtls-none", mosquitto.clientCertificatePort, testCa()))) {
			probe.session.connect();
			SessionStatus failed = probe.await(SessionState.FAILED);
			assertTrue(failed.reason().startsWith("the TLS handshake with 127.0.0.1:" + mosquitto.clientCertificatePort)
					|| failed.reason().startsWith("the broker at 127.0.0.1:" + mosquitto.clientCertificatePort
							+ " closed the connection"),
					failed.reason());
		}
	}

	@Test
	void missingCaFileFailsBeforeConnecting() throws Exception {
		Path missing = folder.resolve("missing-ca.crt");
		try (Probe probe = new Probe(tls(false, "tls-missing", mosquitto.tlsPort, TlsSettings.caFile(missing)))) {
			probe.session.connect();
			assertEquals("The file " + missing + " does not exist.", probe.await(SessionState.FAILED).reason());
		}
	}

	@Test
	void keyThatDoesNotBelongToTheCertificateFailsBeforeConnecting() throws Exception {
		try (Probe probe = new Probe(tls(false, "tls-mismatch", mosquitto.clientCertificatePort,
				testCa().withClientCertificate(mosquitto.pki.clientCertificate, mosquitto.pki.rsaClientKey)))) {
			probe.session.connect();
			assertEquals("the TLS settings cannot be used: the private key in " + mosquitto.pki.rsaClientKey
					+ " does not belong to the certificate in " + mosquitto.pki.clientCertificate,
					probe.await(SessionState.FAILED).reason());
		}
	}
}
