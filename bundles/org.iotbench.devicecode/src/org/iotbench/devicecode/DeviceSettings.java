package org.iotbench.devicecode;

/**
 * What a generated device needs to reach the broker.
 *
 * @param clientId      the registered client's ID; also its MQTT user name
 * @param password      its password, or {@code null} to write a placeholder the user replaces
 * @param host          the broker's address as the device reaches it (a LAN address, not 127.0.0.1)
 * @param port          the listener's port
 * @param caCertificate the PEM certificate the device trusts for TLS, or {@code null} for plain MQTT
 * @param topics        the topics it uses
 * @param keepAliveSeconds   MQTT keep-alive
 * @param intervalSeconds    seconds between two readings it publishes
 */
public record DeviceSettings(String clientId, String password, String host, int port, String caCertificate,
		DeviceTopics topics, int keepAliveSeconds, int intervalSeconds) {

	public static final int DEFAULT_KEEP_ALIVE_SECONDS = 60;
	public static final int DEFAULT_INTERVAL_SECONDS = 5;

	/** Plain MQTT with the default keep-alive and interval. */
	public DeviceSettings(String clientId, String password, String host, int port, DeviceTopics topics) {
		this(clientId, password, host, port, null, topics, DEFAULT_KEEP_ALIVE_SECONDS, DEFAULT_INTERVAL_SECONDS);
	}

	/** Whether the device talks TLS. */
	public boolean tls() {
		return caCertificate != null;
	}

	/** The same, with TLS trusting {@code pem} on {@code tlsPort}. */
	public DeviceSettings withTls(int tlsPort, String pem) {
		return new DeviceSettings(clientId, password, host, tlsPort, pem, topics, keepAliveSeconds, intervalSeconds);
	}

	@Override
	public String toString() {
		return clientId + '@' + host + ':' + port + (tls() ? " (TLS)" : ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
