package org.iotbench.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.dialogs.ClientDialog;
import org.iotbench.ui.internal.dialogs.ConnectionDetails;

/** Edits the selected client's name and description, or gives it a new password. */
public final class EditClientHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<RegisteredClient> clients = SelectedClients.of(event);
		if (clients.size() != 1) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		ClientDialog dialog = new ClientDialog(shell, Services.registry(), clients.get(0));
		if (dialog.open() == Window.OK && dialog.savedPassword() != null) {
			DetailsDialog.open(shell, ConnectionDetails.of(Services.broker().status(), dialog.savedClientId(),
					dialog.savedPassword()), dialog.savedClientId(), dialog.savedPassword());
		}
		return null;
	}
}
