package org.iotbench.ui.internal.projects;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Services;

/**
 * Opens the edit dialog of the selected project (gear icon, double-click). The edit is applied to the project itself:
 * an open editor follows it and keeps its messages; a remote session reconnects if its connection changed.
 */
public final class EditProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<Project> projects = SelectedProjects.of(event);
		if (projects.size() != 1) {
			return null;
		}
		Project project = projects.get(0);
		ProjectDialog dialog = new ProjectDialog(HandlerUtil.getActiveShell(event), Services.projects(), project, null);
		dialog.open();
		return null;
	}
}
