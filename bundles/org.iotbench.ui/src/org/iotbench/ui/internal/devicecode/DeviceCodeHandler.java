package org.iotbench.ui.internal.devicecode;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.clients.RegisteredClient;

/** Opens the device code of the selected client. */
public final class DeviceCodeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof RegisteredClient client) {
			DeviceCodes.open(HandlerUtil.getActiveShell(event), client, null);
		}
		return null;
	}
}
