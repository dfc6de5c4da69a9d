package org.iotbench.broker;

import java.time.Instant;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * What the broker is doing, as the user should see it.
 *
 * @param state     the state
 * @param settings  the settings it runs (or tried to run) with; {@code null} before the first start
 * @param reason    why it failed, in words, or a warning while {@link BrokerState#RUNNING}; empty otherwise
 * @param endpoints where a LAN device reaches each listener, plain MQTT on the most useful address first; empty unless
 *                  running
 * @param since     when it entered this state
 */
public record BrokerStatus(BrokerState state, BrokerSettings settings, String reason, List<BrokerEndpoint> endpoints,
		Instant since) {

	public static BrokerStatus stopped(BrokerSettings settings) {
		return new BrokerStatus(BrokerState.STOPPED, settings, "", List.of(), Instant.now()); //$NON-NLS-1$
	}

	public boolean running() {
		return state == BrokerState.RUNNING;
	}

	/** The endpoints of one listener, most useful address first. */
	public List<BrokerEndpoint> endpoints(Listener listener) {
		return endpoints.stream().filter(e -> e.listener() == listener).toList();
	}

	/** One line for a status bar or a terminal. */
	public String summary() {
		return switch (state) {
		case RUNNING -> NLS.bind(Messages.Status_running,
				String.join(", ", endpoints.stream().map(BrokerEndpoint::url).toList())); //$NON-NLS-1$
		case STARTING -> Messages.Status_starting;
		case STOPPED -> Messages.Status_stopped;
		case FAILED -> NLS.bind(Messages.Status_failed, reason);
		};
	}
}
