package org.iotbench.ui.internal.simulator;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.ui.internal.Services;

/** Opens the virtual device of the selected client, to start it (or start it again with new settings). */
public final class RunVirtualDeviceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection
				&& selection.getFirstElement() instanceof RegisteredClient client) {
			VirtualDevices devices = VirtualDevices.instance();
			devices.store().ifPresent(store -> new VirtualDeviceDialog(HandlerUtil.getActiveShell(event), client,
					Services.registry(), devices, store).open());
		}
		return null;
	}
}
