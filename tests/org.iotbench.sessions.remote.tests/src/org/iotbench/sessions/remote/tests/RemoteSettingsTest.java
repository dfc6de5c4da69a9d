package org.iotbench.sessions.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.iotbench.sessions.RemoteSettings;
import org.iotbench.sessions.RemoteSettings.TlsSettings;
import org.iotbench.sessions.RemoteSettings.TrustMode;
import org.iotbench.sessions.RemoteSettings.Will;
import org.iotbench.sessions.RemoteTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoteSettingsTest {

	private static final RemoteSettings VALID = RemoteSettings.of("broker.example", 1883, "bench-1");

	@TempDir
	Path folder;

	@Test
	void serverUriPerTransport() {
		assertEquals("tcp://broker.example:1883", VALID.serverUri());
		assertEquals("ssl://broker.example:8883", VALID.withTransport(RemoteTransport.TLS, 8883).serverUri());
		assertEquals("ws://broker.example:8080/mqtt", VALID.withTransport(RemoteTransport.WEBSOCKET, 8080).serverUri());
		assertEquals("wss://broker.example:443/ws", VALID.withTransport(RemoteTransport.SECURE_WEBSOCKET, 443)
				.withWebsocketPath("ws").serverUri());
		assertEquals("ws://broker.example:9001/", VALID.withTransport(RemoteTransport.WEBSOCKET, 9001)
				.withWebsocketPath("/").serverUri());
		assertEquals("tcp://[::1]:1883", VALID.withHost("::1", 1883).serverUri());
		assertEquals("tcp://broker.example:1883", VALID.withHost(" broker.example ", 1883).serverUri());
	}

	@Test
	void validSettingsHaveNoProblem() {
		assertEquals(List.of(), VALID.validate());
		assertEquals(List.of(), VALID.withMqtt5(true).withSession(false, RemoteSettings.MAX_SESSION_EXPIRY_SECONDS)
				.withWill(new Will("devices/bench-1/status", null, 1, true)).validate());
		assertEquals(List.of(), VALID.warnings());
	}

	@Test
	void problemsInWords() {
		assertEquals(List.of("The host is empty."), VALID.withHost(" ", 1883).validate());
		assertEquals(List.of("Enter the host name alone, not \"tcp://broker.example\"; "
				+ "the transport chooses tcp://, ssl://, ws:// or wss://."),
				VALID.withHost("tcp://broker.example", 1883).validate());
		assertEquals(List.of("The port 0 is not between 1 and 65535."), VALID.withHost("broker.example", 0).validate());
		assertEquals(List.of("The port 65536 is not between 1 and 65535."),
				VALID.withHost("broker.example", 65536).validate());
		assertEquals(List.of("The client ID is empty."), VALID.withClientId("").validate());
		assertEquals(List.of("Last will: A topic to publish to cannot contain the wildcards + or #: \"status/#\"."),
				VALID.withWill(new Will("status/#", null, 0, false)).validate());
		assertEquals(List.of("The QoS 3 of the last will is not 0, 1 or 2."),
				VALID.withWill(new Will("status", null, 3, false)).validate());
		assertEquals(List.of("MQTT 3.1.1 does not allow a password without a user name."),
				VALID.withCredentials(null, "pw".toCharArray()).validate());
		assertEquals(List.of(), VALID.withMqtt5(true).withCredentials(null, "pw".toCharArray()).validate());
		assertEquals(List.of("The keep-alive of 70000 s is not between 0 and 65535 s."),
				VALID.withKeepAlive(70_000).validate());
		assertEquals(List.of("The connect timeout of 0 s must be at least 1 s."),
				VALID.withConnectTimeout(0).validate());
		assertEquals(List.of("The session expiry of -1 s is not between 0 and 4294967295 s."),
				VALID.withMqtt5(true).withSession(true, -1).validate());
	}

	@Test
	void tlsFilesAreCheckedForTlsTransportsOnly() throws Exception {
		Path missing = folder.resolve("ca.pem");
		RemoteSettings withMissingCa = VALID.withTls(TlsSettings.caFile(missing));
		assertEquals(List.of(), withMissingCa.validate(), "TCP ignores the TLS settings");
		assertEquals(List.of("The file " + missing + " does not exist."),
				withMissingCa.withTransport(RemoteTransport.TLS, 8883).validate());
		assertEquals(List.of("Choose the file with the CA certificate that signed the broker's certificate."),
				VALID.withTransport(RemoteTransport.SECURE_WEBSOCKET, 443)
						.withTls(new TlsSettings(TrustMode.CA_FILE, null, null, null)).validate());
		Files.writeString(missing, "a CA");
		assertEquals(List.of(), withMissingCa.withTransport(RemoteTransport.TLS, 8883).validate());
		assertEquals(
				List.of("A client certificate needs its private key file, and a private key needs its certificate."),
				VALID.withTransport(RemoteTransport.TLS, 8883)
						.withTls(TlsSettings.SYSTEM.withClientCertificate(missing, null)).validate());
	}

	/**
	 * MQTT 3.1.1 brokers only have to accept client IDs of 23 characters; Mosquitto and most accept more, so a longer
	 * one is a warning, not a problem, and MQTT 5 has no such limit.
	 */
	@Test
	void longClientIdIsAWarningForMqtt311Only() {
		RemoteSettings longId = VALID.withClientId("workbench-0123456789abcd"); // 24 characters
		assertEquals(List.of(), longId.validate());
		assertEquals(List.of("The client ID has 24 characters; MQTT 3.1.1 brokers only have to accept 23, "
				+ "so some may refuse it."), longId.warnings());
		assertEquals(List.of(), longId.withMqtt5(true).warnings());
		assertEquals(List.of(), VALID.withClientId("workbench-0123456789abc").warnings()); // 23
	}

	@Test
	void toStringShowsNoPassword() {
		String text = VALID.withCredentials("user", "top-secret".toCharArray()).toString();
		assertTrue(text.contains("tcp://broker.example:1883"), text);
		assertFalse(text.contains("top-secret"), text);
	}

	@Test
	void defaultsForMissingParts() {
		RemoteSettings settings = new RemoteSettings("h", 1, null, null, false, "c", null, null, 0, true, 0, false, 1,
				null, null);
		assertEquals(RemoteTransport.TCP, settings.transport());
		assertEquals(TlsSettings.SYSTEM, settings.tls());
		assertEquals(8883, RemoteTransport.TLS.defaultPort());
	}
}
