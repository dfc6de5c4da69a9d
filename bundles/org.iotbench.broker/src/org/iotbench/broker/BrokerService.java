package org.iotbench.broker;

import java.util.function.Consumer;

/**
 * The local MQTT broker for the devices on the user's LAN. Only registered, enabled clients may connect, with their
 * client ID and password; the user name must be empty or equal to the client ID.
 */
public interface BrokerService {

	BrokerStatus status();

	/**
	 * Starts the broker, or restarts it with new settings. Returns when it runs or has failed; a failure is reported
	 * in the {@link #status()} with its reason, not thrown.
	 */
	BrokerStatus start(BrokerSettings settings);

	/** Stops the broker; connected devices are disconnected. */
	BrokerStatus stop();

	/** Stops and starts again with the last settings (or the defaults). */
	BrokerStatus restart();

	/** Listeners are told of every state change, on the thread that caused it. */
	void addStatusListener(Consumer<BrokerStatus> listener);

	void removeStatusListener(Consumer<BrokerStatus> listener);

	ConnectionLog connectionLog();

	/**
	 * Closes the connection of an online client.
	 *
	 * @return whether it was connected
	 */
	boolean disconnect(String clientId);

	/**
	 * Listens to every message the broker routes: those devices publish and those published with
	 * {@link #publish(BrokerMessage)}. Calls come on one broker thread, in the order the broker routed the messages;
	 * a listener must return quickly.
	 */
	void addMessageListener(Consumer<BrokerMessage> listener);

	void removeMessageListener(Consumer<BrokerMessage> listener);

	/**
	 * Publishes as the broker itself: subscribed devices receive the message and message listeners see it once.
	 *
	 * @throws IllegalStateException if the broker is not running
	 */
	void publish(BrokerMessage message);

	/** Counters since the broker started. */
	BrokerStatistics statistics();

	/** The retained messages whose topics match a topic filter, as MQTT specifies them (QoS 0 ones included). */
	java.util.List<BrokerMessage> retained(String topicFilter);
}
