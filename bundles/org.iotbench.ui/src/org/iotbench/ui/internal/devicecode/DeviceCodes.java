package org.iotbench.ui.internal.devicecode;

import org.eclipse.swt.widgets.Shell;
import org.iotbench.broker.BrokerPreferences;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.ui.internal.Services;

/** Where the workbench opens a client's device code from: the Clients view, and the dialog after registering. */
public final class DeviceCodes {

	private DeviceCodes() {
	}

	/**
	 * Opens the device code dialog for a client, with the settings of the running broker (or, when it is stopped,
	 * those it will start with).
	 *
	 * @param knownPassword the password just set, or {@code null}
	 */
	public static void open(Shell shell, RegisteredClient client, String knownPassword) {
		BrokerStatus status = Services.broker().status();
		BrokerSettings settings = status.running() ? status.settings() : BrokerPreferences.load();
		new DeviceCodeDialog(shell, client, Services.registry(), settings, knownPassword).open();
	}
}
