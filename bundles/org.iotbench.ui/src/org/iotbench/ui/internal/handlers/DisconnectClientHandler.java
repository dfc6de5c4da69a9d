package org.iotbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.ui.internal.Services;

/** Closes the connection of the selected online clients (they may reconnect). */
public final class DisconnectClientHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		for (RegisteredClient client : SelectedClients.of(event)) {
			if (client.isOnline()) {
				Services.broker().disconnect(client.getClientId());
			}
		}
		return null;
	}
}
