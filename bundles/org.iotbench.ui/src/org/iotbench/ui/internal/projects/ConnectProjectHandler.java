package org.iotbench.ui.internal.projects;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectKind;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.sessions.Session;
import org.iotbench.sessions.SessionState;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;

/** The connect icon: connects a remote project, or disconnects it when it is connected or trying to be. */
public final class ConnectProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		for (Project project : SelectedProjects.of(event)) {
			if (project.getKind() != ProjectKind.REMOTE) {
				continue;
			}
			try {
				Session session = Services.projects().session(project);
				SessionState state = session.status().state();
				if (state == SessionState.DISCONNECTED || state == SessionState.FAILED) {
					session.connect();
				} else {
					session.disconnect();
				}
			} catch (ProjectException e) {
				MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Handler_errorTitle, e.getMessage());
			}
		}
		if (HandlerUtil.getActivePart(event) instanceof ProjectsView view) {
			view.requestRefresh();
		}
		return null;
	}
}
