package org.iotbench.ui.internal.dialogs;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.BrokerEndpoint;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.broker.Listener;
import org.iotbench.ui.internal.Messages;

/** The text a maker pastes into firmware: address, port, client ID, user name and (when known) password. */
public final class ConnectionDetails {

	private ConnectionDetails() {
	}

	/** @param password the password, or {@code null} when it is not known (it is stored only as a hash) */
	public static String of(BrokerStatus status, String clientId, char[] password) {
		String host = "<broker address>"; //$NON-NLS-1$
		String port = status.settings() == null ? "1883" : Integer.toString(status.settings().port()); //$NON-NLS-1$
		List<BrokerEndpoint> mqtt = status.endpoints(Listener.MQTT);
		if (!mqtt.isEmpty()) {
			host = mqtt.get(0).host();
			port = Integer.toString(mqtt.get(0).port());
		}
		String secret = password == null ? Messages.Details_passwordUnknown : new String(password);
		return NLS.bind(Messages.Details_text, new Object[] { host, port, clientId, secret });
	}
}
