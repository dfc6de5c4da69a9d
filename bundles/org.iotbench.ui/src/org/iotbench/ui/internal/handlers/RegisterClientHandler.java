package org.iotbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.dialogs.ClientDialog;
import org.iotbench.ui.internal.dialogs.ConnectionDetails;

/** Registers a client that may connect to the local broker, then shows its connection details once. */
public final class RegisterClientHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		ClientDialog dialog = new ClientDialog(shell, Services.registry(), null);
		if (dialog.open() == Window.OK) {
			String details = ConnectionDetails.of(Services.broker().status(), dialog.savedClientId(),
					dialog.savedPassword());
			DetailsDialog.open(shell, details, dialog.savedClientId(), dialog.savedPassword());
		}
		return null;
	}
}
