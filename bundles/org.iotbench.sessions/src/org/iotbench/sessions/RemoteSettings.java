package org.iotbench.sessions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.iotbench.core.Topics;
import org.iotbench.sessions.internal.remote.Messages;

/**
 * How a remote session connects to an external broker. Arrays ({@link #password()}, the will's payload) are not
 * copied, and take part in {@code equals} by identity, as in every record.
 *
 * @param host                  the broker's host name or IP address, without scheme
 * @param port                  the broker's port, 1 to 65535
 * @param transport             TCP, TLS, WebSocket or secure WebSocket ({@code null} means TCP)
 * @param websocketPath         the HTTP path of a WebSocket listener; blank means {@value #DEFAULT_WEBSOCKET_PATH}
 * @param mqtt5                 MQTT 5 if {@code true}, MQTT 3.1.1 if {@code false}
 * @param clientId              the client ID the session connects with
 * @param username              the user name, or {@code null} for none
 * @param password              the password, or {@code null} for none
 * @param keepAliveSeconds      the keep-alive interval, 0 to 65535 (0 turns keep-alive off)
 * @param cleanStart            clean session (MQTT 3.1.1) or clean start (MQTT 5)
 * @param sessionExpirySeconds  how long the broker keeps the session after a disconnect, MQTT 5 only
 * @param autoReconnect         whether a lost connection is re-established (with back-off) and the subscriptions
 *                              restored
 * @param connectTimeoutSeconds how long a connection attempt may take, at least 1
 * @param will                  the last will, or {@code null} for none
 * @param tls                   how TLS connections trust the server and identify the client ({@code null} means the
 *                              system's trust store and no client certificate); ignored by TCP and WebSocket
 */
public record RemoteSettings(String host, int port, RemoteTransport transport, String websocketPath, boolean mqtt5,
		String clientId, String username, char[] password, int keepAliveSeconds, boolean cleanStart,
		long sessionExpirySeconds, boolean autoReconnect, int connectTimeoutSeconds, Will will, TlsSettings tls) {

	public static final String DEFAULT_WEBSOCKET_PATH = "/mqtt"; //$NON-NLS-1$
	public static final int DEFAULT_KEEP_ALIVE_SECONDS = 60;
	public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 10;
	/** The largest session expiry interval MQTT 5 can express ("never expires"). */
	public static final long MAX_SESSION_EXPIRY_SECONDS = 0xFFFF_FFFFL;
	/** The client ID length every MQTT 3.1.1 broker must accept; longer ones may be refused. */
	public static final int MQTT311_SAFE_CLIENT_ID_LENGTH = 23;

	/**
	 * A last will: what the broker publishes for the session when its connection ends without DISCONNECT.
	 *
	 * @param topic   the topic, valid as {@link Topics#checkTopic(String)} says
	 * @param payload the payload ({@code null} means empty)
	 * @param qos     0, 1 or 2
	 * @param retain  whether the broker retains it
	 */
	public record Will(String topic, byte[] payload, int qos, boolean retain) {

		public Will {
			payload = payload == null ? new byte[0] : payload;
		}
	}

	/** How a TLS connection decides whether to trust the server's certificate. */
	public enum TrustMode {
		/** The Java runtime's trust store (public certificate authorities), and the host name is checked. */
		SYSTEM,
		/** Only the certificate authority (or authorities) in a PEM or DER file, and the host name is checked. */
		CA_FILE,
		/**
		 * Trust any certificate and do not check the host name: the connection is encrypted but not authenticated, so
		 * anybody on the network path can read and change it. For testing against brokers with throw-away certificates.
		 */
		INSECURE
	}

	/**
	 * TLS settings.
	 *
	 * @param trust             whom to trust ({@code null} means {@link TrustMode#SYSTEM})
	 * @param caFile            the CA certificate file (PEM or DER), for {@link TrustMode#CA_FILE}
	 * @param clientCertificate the client certificate (PEM, optionally followed by its chain), or {@code null}
	 * @param clientKey         the client's private key (PEM or DER, unencrypted PKCS#8, RSA or EC), or {@code null}
	 */
	public record TlsSettings(TrustMode trust, Path caFile, Path clientCertificate, Path clientKey) {

		/** The system's trust store, no client certificate. */
		public static final TlsSettings SYSTEM = new TlsSettings(TrustMode.SYSTEM, null, null, null);

		public TlsSettings {
			trust = trust == null ? TrustMode.SYSTEM : trust;
		}

		public static TlsSettings caFile(Path caFile) {
			return new TlsSettings(TrustMode.CA_FILE, caFile, null, null);
		}

		public TlsSettings withClientCertificate(Path certificate, Path key) {
			return new TlsSettings(trust, caFile, certificate, key);
		}

		/** Whether the client identifies itself with a certificate. */
		public boolean hasClientCertificate() {
			return clientCertificate != null || clientKey != null;
		}
	}

	public RemoteSettings {
		transport = transport == null ? RemoteTransport.TCP : transport;
		tls = tls == null ? TlsSettings.SYSTEM : tls;
	}

	/**
	 * Settings for a plain TCP connection with MQTT 3.1.1, no credentials, a 60 s keep-alive, a clean session,
	 * automatic reconnection and a 10 s connect timeout.
	 */
	public static RemoteSettings of(String host, int port, String clientId) {
		return new RemoteSettings(host, port, RemoteTransport.TCP, DEFAULT_WEBSOCKET_PATH, false, clientId, null, null,
				DEFAULT_KEEP_ALIVE_SECONDS, true, 0, true, DEFAULT_CONNECT_TIMEOUT_SECONDS, null, TlsSettings.SYSTEM);
	}

	public RemoteSettings withTransport(RemoteTransport newTransport, int newPort) {
		return new RemoteSettings(host, newPort, newTransport, websocketPath, mqtt5, clientId, username, password,
				keepAliveSeconds, cleanStart, sessionExpirySeconds, autoReconnect, connectTimeoutSeconds, will, tls);
	}

	public RemoteSettings withHost(String newHost, int newPort) {
		return new RemoteSettings(newHost, newPort, transport, websocketPath, mqtt5, clientId, username, password,
				keepAliveSeconds, cleanStart, sessionExpirySeconds, autoReconnect, connectTimeoutSeconds, will, tls);
	}

	public RemoteSettings withWebsocketPath(String path) {
		return new RemoteSettings(host, port, transport, path, mqtt5, clientId, username, password, keepAliveSeconds,
				cleanStart, sessionExpirySeconds, autoReconnect, connectTimeoutSeconds, will, tls);
	}

	public RemoteSettings withMqtt5(boolean useMqtt5) {
		return new RemoteSettings(host, port, transport, websocketPath, useMqtt5, clientId, username, password,
				keepAliveSeconds, cleanStart, sessionExpirySeconds, autoReconnect, connectTimeoutSeconds, will, tls);
	}

	public RemoteSettings withClientId(String newClientId) {
		return new RemoteSettings(host, port, transport, websocketPath, mqtt5, newClientId, username, password,
				keepAliveSeconds, cleanStart, sessionExpirySeconds, autoReconnect, connectTimeoutSeconds, will, tls);
	}

	public RemoteSettings withCredentials(String newUsername, char[] newPassword) {
		return new RemoteSettings(host, port, transport, websocketPath, mqtt5, clientId, newUsername, newPassword,
				keepAliveSeconds, cleanStart, sessionExpirySeconds, autoReconnect, connectTimeoutSeconds, will, tls);
	}

	public RemoteSettings withKeepAlive(int seconds) {
		return new RemoteSettings(host, port, transport, websocketPath, mqtt5, clientId, username, password, seconds,
				cleanStart, sessionExpirySeconds, autoReconnect, connectTimeoutSeconds, will, tls);
	}

	public RemoteSettings withSession(boolean clean, long expirySeconds) {
		return new RemoteSettings(host, port, transport, websocketPath, mqtt5, clientId, username, password,
				keepAliveSeconds, clean, expirySeconds, autoReconnect, connectTimeoutSeconds, will, tls);
	}

	public RemoteSettings withAutoReconnect(boolean reconnect) {
		return new RemoteSettings(host, port, transport, websocketPath, mqtt5, clientId, username, password,
				keepAliveSeconds, cleanStart, sessionExpirySeconds, reconnect, connectTimeoutSeconds, will, tls);
	}

	public RemoteSettings withConnectTimeout(int seconds) {
		return new RemoteSettings(host, port, transport, websocketPath, mqtt5, clientId, username, password,
				keepAliveSeconds, cleanStart, sessionExpirySeconds, autoReconnect, seconds, will, tls);
	}

	public RemoteSettings withWill(Will newWill) {
		return new RemoteSettings(host, port, transport, websocketPath, mqtt5, clientId, username, password,
				keepAliveSeconds, cleanStart, sessionExpirySeconds, autoReconnect, connectTimeoutSeconds, newWill, tls);
	}

	public RemoteSettings withTls(TlsSettings newTls) {
		return new RemoteSettings(host, port, transport, websocketPath, mqtt5, clientId, username, password,
				keepAliveSeconds, cleanStart, sessionExpirySeconds, autoReconnect, connectTimeoutSeconds, will, newTls);
	}

	/** {@code host:port}, with IPv6 addresses in brackets, as failure reasons show it. */
	public String address() {
		String h = host == null ? "" : host.trim(); //$NON-NLS-1$
		if (h.indexOf(':') >= 0 && !h.startsWith("[")) { //$NON-NLS-1$
			h = '[' + h + ']';
		}
		return h + ':' + port;
	}

	/** The URI Paho connects to: {@code tcp://}, {@code ssl://}, {@code ws://} or {@code wss://} with host and port. */
	public String serverUri() {
		String uri = transport.scheme() + "://" + address(); //$NON-NLS-1$
		if (transport.websocket()) {
			String path = websocketPath == null || websocketPath.isBlank() ? DEFAULT_WEBSOCKET_PATH
					: websocketPath.trim();
			uri += path.startsWith("/") ? path : '/' + path; //$NON-NLS-1$
		}
		return uri;
	}

	/**
	 * What prevents connecting with these settings.
	 *
	 * @return the problems in words, empty if there are none
	 */
	public List<String> validate() {
		List<String> problems = new ArrayList<>();
		String h = host == null ? "" : host.trim(); //$NON-NLS-1$
		if (h.isEmpty()) {
			problems.add(Messages.Settings_emptyHost);
		} else if (h.contains("://")) { //$NON-NLS-1$
			problems.add(NLS.bind(Messages.Settings_hostWithScheme, h));
		} else if (h.chars().anyMatch(Character::isWhitespace)) {
			problems.add(NLS.bind(Messages.Settings_hostWithSpace, h));
		}
		if (port < 1 || port > 65535) {
			problems.add(NLS.bind(Messages.Settings_badPort, Integer.toString(port)));
		}
		if (clientId == null || clientId.isEmpty()) {
			problems.add(Messages.Settings_emptyClientId);
		}
		if (!mqtt5 && password != null && (username == null || username.isEmpty())) {
			problems.add(Messages.Settings_passwordWithoutUser);
		}
		if (keepAliveSeconds < 0 || keepAliveSeconds > 65535) {
			problems.add(NLS.bind(Messages.Settings_badKeepAlive, Integer.toString(keepAliveSeconds)));
		}
		if (mqtt5 && (sessionExpirySeconds < 0 || sessionExpirySeconds > MAX_SESSION_EXPIRY_SECONDS)) {
			problems.add(NLS.bind(Messages.Settings_badSessionExpiry, Long.toString(sessionExpirySeconds)));
		}
		if (connectTimeoutSeconds < 1) {
			problems.add(NLS.bind(Messages.Settings_badConnectTimeout, Integer.toString(connectTimeoutSeconds)));
		}
		if (will != null) {
			String topicProblem = Topics.checkTopic(will.topic());
			if (topicProblem != null) {
				problems.add(NLS.bind(Messages.Settings_badWillTopic, topicProblem));
			}
			if (will.qos() < 0 || will.qos() > 2) {
				problems.add(NLS.bind(Messages.Settings_badWillQos, Integer.toString(will.qos())));
			}
		}
		if (transport.secure()) {
			checkTls(problems);
		}
		return problems;
	}

	private void checkTls(List<String> problems) {
		if (tls.trust() == TrustMode.CA_FILE) {
			if (tls.caFile() == null) {
				problems.add(Messages.Settings_noCaFile);
			} else {
				checkFile(tls.caFile(), problems);
			}
		}
		if (tls.hasClientCertificate()) {
			if (tls.clientCertificate() == null || tls.clientKey() == null) {
				problems.add(Messages.Settings_certificateWithoutKey);
			} else {
				checkFile(tls.clientCertificate(), problems);
				checkFile(tls.clientKey(), problems);
			}
		}
	}

	private static void checkFile(Path file, List<String> problems) {
		if (!Files.isRegularFile(file)) {
			problems.add(NLS.bind(Messages.Settings_missingFile, file));
		} else if (!Files.isReadable(file)) {
			problems.add(NLS.bind(Messages.Settings_unreadableFile, file));
		}
	}

	/**
	 * What may go wrong but does not prevent connecting: a client ID longer than the 23 characters every MQTT 3.1.1
	 * broker must accept (Mosquitto and most brokers accept longer ones), and a TLS connection that trusts any server.
	 *
	 * @return the warnings in words, empty if there are none
	 */
	public List<String> warnings() {
		List<String> warnings = new ArrayList<>();
		if (!mqtt5 && clientId != null && clientId.length() > MQTT311_SAFE_CLIENT_ID_LENGTH) {
			warnings.add(NLS.bind(Messages.Settings_longClientId, Integer.toString(clientId.length()),
					Integer.toString(MQTT311_SAFE_CLIENT_ID_LENGTH)));
		}
		if (transport.secure() && tls.trust() == TrustMode.INSECURE) {
			warnings.add(Messages.Settings_insecure);
		}
		return warnings;
	}

	@Override
	public String toString() {
		// never the password
		String version = mqtt5 ? "5" : "3.1.1"; //$NON-NLS-1$ //$NON-NLS-2$
		return "RemoteSettings[" + serverUri() + ", MQTT " + version + ", client ID " + clientId + ", user " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ Objects.toString(username, "-") + ']'; //$NON-NLS-1$
	}
}
