package org.iotbench.ui.internal.projects;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.projects.Project;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;

/** Copies the selected projects, with new names and, for remote ones, new client IDs. */
public final class DuplicateProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		for (Project project : SelectedProjects.of(event)) {
			try {
				Services.projects().duplicate(project);
			} catch (ProjectException e) {
				MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Handler_errorTitle, e.getMessage());
				return null;
			}
		}
		return null;
	}
}
