package org.iotbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.registry.RegistryException;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;

/** Disables the selected enabled clients (the broker then disconnects them) or enables the disabled ones. */
public final class ToggleClientEnabledHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		for (RegisteredClient client : SelectedClients.of(event)) {
			boolean enable = !client.isEnabled();
			try {
				Services.registry().setEnabled(client.getClientId(), enable); // the broker drops a disabled client
			} catch (RegistryException e) {
				MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Handler_errorTitle, e.getMessage());
				return null;
			}
		}
		return null;
	}
}
