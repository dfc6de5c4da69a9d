package org.iotbench.ui.internal.simulator;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.clients.RegisteredClient;

/** Stops the virtual devices of the selected clients. */
public final class StopVirtualDeviceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			selection.stream().filter(RegisteredClient.class::isInstance).map(RegisteredClient.class::cast)
					.forEach(client -> VirtualDevices.instance().stop(client.getClientId()));
		}
		return null;
	}
}
