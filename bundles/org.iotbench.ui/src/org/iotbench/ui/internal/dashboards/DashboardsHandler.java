package org.iotbench.ui.internal.dashboards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.projects.Dashboard;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.projects.SelectedProjects;

/**
 * The dashboards of the active project editor's project, or of the project selected: opens one, makes a new one (the
 * only choice while the project has none, besides importing one) or imports one from a file.
 */
public final class DashboardsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Project project = SelectedProjects.current(event);
		if (project == null) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		Object[] choices = new Object[project.getDashboards().size() + 2];
		for (int i = 0; i < project.getDashboards().size(); i++) {
			choices[i] = project.getDashboards().get(i);
		}
		choices[choices.length - 2] = Messages.Dashboards_new;
		choices[choices.length - 1] = Messages.Dashboards_import;
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Dashboard dashboard ? DashboardEditorInput.name(dashboard)
						: String.valueOf(element);
			}
		});
		dialog.setTitle(Messages.Dashboards_title);
		dialog.setMessage(Messages.Dashboards_message);
		dialog.setElements(choices);
		dialog.setMultipleSelection(false);
		if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
			return null;
		}
		Object chosen = dialog.getFirstResult();
		if (chosen instanceof Dashboard dashboard) {
			Dashboards.open(project, dashboard);
		} else if (chosen == Messages.Dashboards_new) {
			Dashboards.create(shell, project);
		} else {
			Dashboards.importFile(shell, project);
		}
		return null;
	}
}
