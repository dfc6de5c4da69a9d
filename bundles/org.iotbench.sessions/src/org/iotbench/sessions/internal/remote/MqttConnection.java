package org.iotbench.sessions.internal.remote;

import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLSocketFactory;

import org.eclipse.osgi.util.NLS;
import org.iotbench.core.tls.TlsSetupException;
import org.iotbench.sessions.RemoteSettings;
import org.iotbench.sessions.SessionException;

/**
 * One MQTT connection to a remote broker, for a single attempt: once it fails or is lost, it is closed and a new one
 * is made. Hides whether Paho's MQTT 3.1.1 or MQTT 5 client is behind it. Every blocking call is bounded.
 */
public interface MqttConnection {

	/** How long {@link #subscribe(Map)} waits for the broker's SUBACK. */
	long SUBSCRIBE_WAIT_MILLIS = 10_000;
	/** How long {@link #disconnect()} waits for a polite DISCONNECT to be sent. */
	long DISCONNECT_WAIT_MILLIS = 3_000;
	/**
	 * How much longer than the settings' connect timeout a connection attempt may take in all: Paho applies the
	 * timeout to the TCP connection and the TLS handshake but does not bound the wait for CONNACK, so the whole attempt
	 * is bounded here; the margin lets Paho report its own, more precise failure at the same deadline.
	 */
	long CONNECT_MARGIN_MILLIS = 500;
	/** QoS 1 and 2 messages that may wait for their acknowledgement at once (Paho's default, 10, is easily reached). */
	int MAX_IN_FLIGHT = 1_000;

	/** What the connection reports, on Paho's threads. Implementations must not throw. */
	interface Events {

		void messageArrived(String topic, byte[] payload, int qos, boolean retained);

		/** The established connection ended without {@link MqttConnection#disconnect()}; the reason is in words. */
		void connectionLost(String reason);
	}

	/** A connection for the settings' protocol version, not connected yet. */
	static MqttConnection create(RemoteSettings settings, Events events) throws ConnectFailure {
		SSLSocketFactory tls = null;
		if (settings.transport().secure()) {
			try {
				tls = TlsContextFactory.socketFactory(settings.tls());
			} catch (TlsSetupException e) {
				throw new ConnectFailure(NLS.bind(Messages.Tls_setup, e.getMessage()), false, e);
			}
		}
		return settings.mqtt5() ? new V5Connection(settings, tls, events) : new V3Connection(settings, tls, events);
	}

	/** Connects, waiting at most the connect timeout plus {@link #CONNECT_MARGIN_MILLIS}; closes itself on failure. */
	void connect() throws ConnectFailure;

	/**
	 * Subscribes to several filters in one SUBSCRIBE and waits for the SUBACK.
	 *
	 * @param subscriptions filters and their QoS, in order
	 * @return the filters the broker refused, empty if it accepted all
	 * @throws SessionException if the broker did not answer in time or the connection failed meanwhile
	 */
	List<String> subscribe(Map<String, Integer> subscriptions) throws SessionException;

	/** Unsubscribes without waiting for the answer. */
	void unsubscribe(String topicFilter);

	/** Hands a message to the client, which sends it in the background. */
	default void publish(String topic, byte[] payload, int qos, boolean retain) throws SessionException {
		publish(topic, payload, qos, retain, null);
	}

	/**
	 * Hands a message to the client and, when {@code delivered} is not {@code null}, runs it on a Paho thread once the
	 * broker acknowledged the message (QoS 1 and 2) or it was written (QoS 0). A message the connection lost before
	 * its acknowledgement is never reported.
	 */
	void publish(String topic, byte[] payload, int qos, boolean retain, Runnable delivered) throws SessionException;

	/** Sends DISCONNECT (so that the broker discards the last will), then releases everything. Never throws. */
	void disconnect();

	/** Drops the connection without DISCONNECT and releases everything. Never throws. */
	void close();
}
