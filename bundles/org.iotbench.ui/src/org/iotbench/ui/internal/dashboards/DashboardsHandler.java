package org.iotbench.ui.internal.dashboards;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
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
 * The dashboards of the active project editor's project, or of the project selected: opens one, makes a new one or
 * imports one from a file (a question with these two while the project has none).
 */
public final class DashboardsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Project project = SelectedProjects.current(event);
		if (project == null) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		if (project.getDashboards().isEmpty()) {
			MessageDialog question = new MessageDialog(shell, Messages.Dashboards_title, null, Messages.Dashboards_none,
					MessageDialog.QUESTION, 0, Messages.Dashboards_new, Messages.Dashboards_import,
					IDialogConstants.CANCEL_LABEL);
			switch (question.open()) {
			case 0 -> Dashboards.create(shell, project);
			case 1 -> Dashboards.importFile(shell, project);
			default -> {
				// cancelled
			}
			}
			return null;
		}
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
		dialog.setInitialSelections(project.getDashboards().get(0));
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
