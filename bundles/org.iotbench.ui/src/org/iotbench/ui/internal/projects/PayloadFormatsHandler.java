package org.iotbench.ui.internal.projects;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Services;

/** Opens the payload format declarations of the active project editor's project, or of the project selected. */
public final class PayloadFormatsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Project project = SelectedProjects.current(event);
		if (project != null) {
			new PayloadFormatsDialog(HandlerUtil.getActiveShell(event), project, Services.projects(), null, null).open();
		}
		return null;
	}
}
