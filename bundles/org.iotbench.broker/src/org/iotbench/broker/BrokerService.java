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
}
