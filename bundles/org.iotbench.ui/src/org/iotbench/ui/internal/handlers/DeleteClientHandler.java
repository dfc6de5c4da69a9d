package org.iotbench.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.registry.RegistryException;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;

/** Removes the selected clients after confirmation; online ones are disconnected. */
public final class DeleteClientHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<RegisteredClient> clients = SelectedClients.of(event);
		if (clients.isEmpty()) {
			return null;
		}
		String names = String.join(", ", clients.stream().map(RegisteredClient::getClientId).toList()); //$NON-NLS-1$
		if (!MessageDialog.openConfirm(HandlerUtil.getActiveShell(event), Messages.Delete_title,
				NLS.bind(Messages.Delete_question, names))) {
			return null;
		}
		for (RegisteredClient client : clients) {
			try {
				Services.registry().remove(client.getClientId()); // the broker drops a removed client
			} catch (RegistryException e) {
				MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Handler_errorTitle, e.getMessage());
				return null;
			}
		}
		return null;
	}
}
