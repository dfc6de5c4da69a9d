package org.iotbench.simulator;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.iotbench.core.Topics;
import org.iotbench.simulator.internal.Messages;

/**
 * What a virtual device does: whom it connects as, where, what it publishes how often, and which commands it
 * answers.
 *
 * @param clientId      its client ID, also its user name (as the workbench's devices connect)
 * @param password      its password ({@code null} for none, for a broker that allows anonymous clients)
 * @param host          the broker's address
 * @param port          the broker's plain MQTT port
 * @param topic         where it publishes
 * @param payload       the payload template ({@link PayloadTemplate})
 * @param intervalMillis time between two messages
 * @param count         messages to publish before it stops by itself; 0 for until stopped
 * @param qos           0, 1 or 2
 * @param retain        whether its messages are retained
 * @param commandFilter what it subscribes to for commands, or {@code null} for none
 * @param statusTopic   where it answers each command with the command's payload (a switch that reports its state),
 *                      or {@code null} for no answer
 * @param csvFile       the file {@code csv(column)} reads, or {@code null}
 */
public record VirtualDeviceSettings(String clientId, String password, String host, int port, String topic,
		String payload, long intervalMillis, long count, int qos, boolean retain, String commandFilter,
		String statusTopic, Path csvFile) {

	public static final long MIN_INTERVAL_MILLIS = 10;

	/** @throws IllegalArgumentException saying in words what is wrong */
	public VirtualDeviceSettings {
		if (clientId == null || clientId.isBlank()) {
			throw new IllegalArgumentException(Messages.Settings_noClientId);
		}
		check(Topics.checkTopic(topic));
		if (commandFilter != null) {
			check(Topics.checkFilter(commandFilter));
		}
		if (statusTopic != null) {
			check(Topics.checkTopic(statusTopic));
		}
		if (intervalMillis < MIN_INTERVAL_MILLIS) {
			throw new IllegalArgumentException(NLS.bind(Messages.Settings_interval, MIN_INTERVAL_MILLIS));
		}
		if (qos < 0 || qos > 2) {
			throw new IllegalArgumentException(NLS.bind(Messages.Settings_qos, qos));
		}
		if (port < 1 || port > 65_535) {
			throw new IllegalArgumentException(NLS.bind(Messages.Settings_port, port));
		}
		if (count < 0) {
			throw new IllegalArgumentException(NLS.bind(Messages.Settings_count, count));
		}
	}

	private static void check(String problem) {
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/** tcp://host:port, as Paho takes it. */
	String serverUri() {
		return "tcp://" + (host.indexOf(':') >= 0 ? '[' + host + ']' : host) + ':' + port; //$NON-NLS-1$
	}

	/** The same device as another client (for a fleet of them). */
	public VirtualDeviceSettings as(String otherClientId, String otherTopic) {
		return new VirtualDeviceSettings(otherClientId, password, host, port, otherTopic, payload, intervalMillis,
				count, qos, retain, commandFilter, statusTopic, csvFile);
	}

	@Override
	public String toString() {
		return clientId + " -> " + topic + " every " + intervalMillis + " ms"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
