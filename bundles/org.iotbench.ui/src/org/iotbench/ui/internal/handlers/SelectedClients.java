package org.iotbench.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.clients.RegisteredClient;

/** The registered clients selected when a command runs. */
final class SelectedClients {

	private SelectedClients() {
	}

	static List<RegisteredClient> of(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			return selection.stream().filter(RegisteredClient.class::isInstance).map(RegisteredClient.class::cast)
					.toList();
		}
		return List.of();
	}
}
