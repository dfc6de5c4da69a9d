package org.iotbench.sessions;

/** How a remote session reaches its broker. */
public enum RemoteTransport {

	/** MQTT over plain TCP, {@code tcp://}, usually port 1883. */
	TCP("tcp", 1883, false, false), //$NON-NLS-1$
	/** MQTT over TLS, {@code ssl://}, usually port 8883. */
	TLS("ssl", 8883, true, false), //$NON-NLS-1$
	/** MQTT over WebSocket, {@code ws://}; the port depends on the broker (Mosquitto often uses 8080 or 9001). */
	WEBSOCKET("ws", 8080, false, true), //$NON-NLS-1$
	/** MQTT over WebSocket over TLS, {@code wss://}. */
	SECURE_WEBSOCKET("wss", 443, true, true); //$NON-NLS-1$

	private final String scheme;
	private final int defaultPort;
	private final boolean secure;
	private final boolean websocket;

	RemoteTransport(String scheme, int defaultPort, boolean secure, boolean websocket) {
		this.scheme = scheme;
		this.defaultPort = defaultPort;
		this.secure = secure;
		this.websocket = websocket;
	}

	/** The URI scheme Paho expects: {@code tcp}, {@code ssl}, {@code ws} or {@code wss}. */
	public String scheme() {
		return scheme;
	}

	/** The port brokers usually listen on for this transport. */
	public int defaultPort() {
		return defaultPort;
	}

	/** Whether the connection is encrypted with TLS, so that {@link RemoteSettings#tls()} applies. */
	public boolean secure() {
		return secure;
	}

	/** Whether MQTT runs inside WebSocket frames, so that {@link RemoteSettings#websocketPath()} applies. */
	public boolean websocket() {
		return websocket;
	}
}
