package org.iotbench.sessions;

import java.util.function.Consumer;

/**
 * The runtime side of an open project: it subscribes, publishes and records messages in a bounded
 * {@link MessageStore}. Local sessions work inside the local broker; remote sessions are MQTT clients of another
 * broker. Thread-safe; listeners are called on session threads.
 */
public interface Session extends AutoCloseable {

	SessionStatus status();

	/** Starts connecting (remote) or attaches to the local broker (local); returns at once. */
	void connect();

	/** Disconnects; subscriptions are kept and restored by the next connect. */
	void disconnect();

	/**
	 * Subscribes, and remembers the subscription so that it survives reconnects.
	 *
	 * @param qos ignored by local sessions, which receive every message as the broker routed it
	 * @throws SessionException if the filter is invalid
	 */
	void subscribe(String topicFilter, int qos) throws SessionException;

	void unsubscribe(String topicFilter);

	/**
	 * Publishes and records the message as {@link Direction#OUT}.
	 *
	 * @throws SessionException if the topic is invalid or the session is not connected
	 */
	void publish(String topic, byte[] payload, int qos, boolean retain) throws SessionException;

	MessageStore messages();

	void addStatusListener(Consumer<SessionStatus> listener);

	void removeStatusListener(Consumer<SessionStatus> listener);

	/** Disconnects and releases everything. */
	@Override
	void close();
}
