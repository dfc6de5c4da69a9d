package org.iotbench.ui.internal.projects;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.ui.internal.Services;

/** Creates a local project: no client, the broker itself publishes and subscribes, so it is live at once. */
public final class NewLocalProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		new ProjectDialog(HandlerUtil.getActiveShell(event), Services.projects(), null,
				Services.projects().newLocalProject()).open();
		return null;
	}
}
