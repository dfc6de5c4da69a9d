package org.iotbench.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.TextClipboard;
import org.iotbench.ui.internal.dialogs.ConnectionDetails;

/**
 * Copies the broker address, port and client ID of the selected client to the clipboard. The password is not known
 * after registration (only its hash is kept); the text says how to get a new one.
 */
public final class CopyConnectionDetailsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<RegisteredClient> clients = SelectedClients.of(event);
		if (clients.size() == 1) {
			String id = clients.get(0).getClientId();
			TextClipboard.copy(HandlerUtil.getActivePart(event), ConnectionDetails.of(Services.broker().status(), id, null),
					org.eclipse.osgi.util.NLS.bind(org.iotbench.ui.internal.Messages.Copy_details, id));
		}
		return null;
	}
}
