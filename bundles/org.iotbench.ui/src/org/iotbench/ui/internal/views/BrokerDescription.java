package org.iotbench.ui.internal.views;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.ui.internal.Messages;

/** What a maker needs to know to point a device at the broker, in words. */
final class BrokerDescription {

	private BrokerDescription() {
	}

	static String of(BrokerStatus status) {
		return switch (status.state()) {
		case RUNNING -> {
			StringBuilder text = new StringBuilder(Messages.BrokerView_connectWith).append('\n');
			for (String endpoint : status.endpoints()) {
				int colon = endpoint.lastIndexOf(':');
				text.append(NLS.bind(Messages.BrokerView_endpoint, endpoint.substring(0, colon),
						endpoint.substring(colon + 1))).append('\n');
			}
			text.append('\n').append(status.settings().allowAnonymous() ? Messages.BrokerView_anonymousAllowed
					: Messages.BrokerView_registeredOnly);
			yield text.toString();
		}
		case FAILED -> NLS.bind(Messages.BrokerView_failedHelp, status.reason());
		case STOPPED -> Messages.BrokerView_stoppedHelp;
		case STARTING -> ""; //$NON-NLS-1$
		};
	}
}
