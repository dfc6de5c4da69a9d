package org.iotbench.ui.internal.views;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.ui.internal.Messages;

/** What a maker needs to know to point a device at the broker, in words; the URLs are in {@link EndpointTable}. */
final class BrokerDescription {

	private BrokerDescription() {
	}

	static String of(BrokerStatus status) {
		return switch (status.state()) {
		case RUNNING -> {
			StringBuilder text = new StringBuilder();
			if (status.reason() != null && !status.reason().isEmpty()) {
				// a warning, such as retained messages that could not be read
				text.append(status.reason()).append("\n\n"); //$NON-NLS-1$
			}
			text.append(status.settings().allowAnonymous() ? Messages.BrokerView_anonymousAllowed
					: Messages.BrokerView_registeredOnly);
			if (status.settings().needsCertificate()) {
				text.append("\n\n").append(CertificateDescription.of(status.settings().certificate())); //$NON-NLS-1$
			}
			yield text.append("\n\n").append(Messages.BrokerView_connectWith).toString(); //$NON-NLS-1$
		}
		case FAILED -> NLS.bind(Messages.BrokerView_failedHelp, status.reason());
		case STOPPED -> Messages.BrokerView_stoppedHelp;
		case STARTING -> ""; //$NON-NLS-1$
		};
	}
}
