package org.iotbench.broker;

/** A kind of listener of the local broker: how a device talks to it on one port. */
public enum Listener {

	/** MQTT over plain TCP. */
	MQTT("mqtt", false, ""), //$NON-NLS-1$ //$NON-NLS-2$
	/** MQTT over TLS. */
	TLS("mqtts", true, ""), //$NON-NLS-1$ //$NON-NLS-2$
	/** MQTT over WebSocket, for browsers and web apps. */
	WEBSOCKET("ws", false, Listener.WEBSOCKET_PATH), //$NON-NLS-1$
	/** MQTT over WebSocket over TLS. */
	SECURE_WEBSOCKET("wss", true, Listener.WEBSOCKET_PATH); //$NON-NLS-1$

	/** The HTTP path of the WebSocket listeners (Moquette's default). */
	public static final String WEBSOCKET_PATH = "/mqtt"; //$NON-NLS-1$

	private final String scheme;
	private final boolean secure;
	private final String path;

	Listener(String scheme, boolean secure, String path) {
		this.scheme = scheme;
		this.secure = secure;
		this.path = path;
	}

	/** The URL scheme clients use: {@code mqtt}, {@code mqtts}, {@code ws} or {@code wss}. */
	public String scheme() {
		return scheme;
	}

	/** Whether the listener needs the broker's certificate and key. */
	public boolean secure() {
		return secure;
	}

	/** The path that follows host and port in a URL; empty for MQTT and TLS. */
	public String path() {
		return path;
	}

	/** The name a user reads. */
	public String label() {
		return switch (this) {
		case MQTT -> Messages.Listener_mqtt;
		case TLS -> Messages.Listener_tls;
		case WEBSOCKET -> Messages.Listener_webSocket;
		case SECURE_WEBSOCKET -> Messages.Listener_secureWebSocket;
		};
	}
}
