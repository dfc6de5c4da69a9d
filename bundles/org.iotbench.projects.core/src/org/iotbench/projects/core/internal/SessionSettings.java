package org.iotbench.projects.core.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.iotbench.projects.MqttVersion;
import org.iotbench.projects.RemoteConnection;
import org.iotbench.sessions.RemoteSettings;
import org.iotbench.sessions.RemoteTransport;

/** A remote project's connection, as the session layer takes it. */
final class SessionSettings {

	private SessionSettings() {
	}

	static RemoteSettings of(RemoteConnection connection, char[] password) {
		RemoteSettings.Will will = null;
		if (connection.getWillTopic() != null && !connection.getWillTopic().isEmpty()) {
			String payload = connection.getWillPayload() == null ? "" : connection.getWillPayload(); //$NON-NLS-1$
			will = new RemoteSettings.Will(connection.getWillTopic(), payload.getBytes(StandardCharsets.UTF_8),
					connection.getWillQos(), connection.isWillRetain());
		}
		RemoteSettings.TrustMode trust = switch (connection.getTlsTrust()) {
		case SYSTEM -> RemoteSettings.TrustMode.SYSTEM;
		case CA_FILE -> RemoteSettings.TrustMode.CA_FILE;
		case INSECURE -> RemoteSettings.TrustMode.INSECURE;
		};
		RemoteSettings.TlsSettings tls = new RemoteSettings.TlsSettings(trust, path(connection.getCaFile()),
				path(connection.getClientCertificateFile()), path(connection.getClientKeyFile()));
		RemoteTransport transport = switch (connection.getTransport()) {
		case TCP -> RemoteTransport.TCP;
		case TLS -> RemoteTransport.TLS;
		case WEBSOCKET -> RemoteTransport.WEBSOCKET;
		case SECURE_WEBSOCKET -> RemoteTransport.SECURE_WEBSOCKET;
		};
		String username = connection.getUsername() == null || connection.getUsername().isEmpty() ? null
				: connection.getUsername();
		return new RemoteSettings(connection.getHost().trim(), connection.getPort(), transport,
				connection.getWebsocketPath(), connection.getMqttVersion() == MqttVersion.V5,
				connection.getClientId().trim(), username, password, connection.getKeepAliveSeconds(),
				connection.isCleanStart(), connection.getSessionExpirySeconds(), connection.isAutoReconnect(),
				connection.getConnectTimeoutSeconds(), will, tls);
	}

	private static Path path(String file) {
		return file == null || file.isBlank() ? null : Path.of(file.trim());
	}
}
