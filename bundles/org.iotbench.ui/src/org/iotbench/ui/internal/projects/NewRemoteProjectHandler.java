package org.iotbench.ui.internal.projects;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.ui.internal.Services;

/** Creates a remote project: a client of another broker, connected with the connect icon. */
public final class NewRemoteProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new ProjectDialog(HandlerUtil.getActiveShell(event), Services.projects(), null,
				Services.projects().newRemoteProject()).open();
		return null;
	}
}
