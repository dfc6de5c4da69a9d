package org.iotbench.broker;

import java.time.Instant;
import java.util.List;

/**
 * What the broker is doing, as the user should see it.
 *
 * @param state     the state
 * @param settings  the settings it runs (or tried to run) with; {@code null} before the first start
 * @param reason    why it failed, in words; empty unless {@link BrokerState#FAILED}
 * @param endpoints the {@code host:port} a LAN device should use, most useful first; empty unless running
 * @param since     when it entered this state
 */
public record BrokerStatus(BrokerState state, BrokerSettings settings, String reason, List<String> endpoints,
		Instant since) {

	public static BrokerStatus stopped(BrokerSettings settings) {
		return new BrokerStatus(BrokerState.STOPPED, settings, "", List.of(), Instant.now()); //$NON-NLS-1$
	}

	public boolean running() {
		return state == BrokerState.RUNNING;
	}

	/** One line for a status bar or a terminal. */
	public String summary() {
		return switch (state) {
		case RUNNING -> org.eclipse.osgi.util.NLS.bind(Messages.Status_running, String.join(", ", endpoints)); //$NON-NLS-1$
		case STARTING -> Messages.Status_starting;
		case STOPPED -> Messages.Status_stopped;
		case FAILED -> org.eclipse.osgi.util.NLS.bind(Messages.Status_failed, reason);
		};
	}
}
