package org.iotbench.ui.internal.projects;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.projects.Project;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;

/** Deletes the selected projects after confirmation, closing their editors and sessions. */
public final class DeleteProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<Project> projects = SelectedProjects.of(event);
		if (projects.isEmpty() || !MessageDialog.openConfirm(HandlerUtil.getActiveShell(event),
				Messages.Projects_deleteTitle, NLS.bind(Messages.Projects_deleteQuestion,
						String.join(", ", projects.stream().map(Project::getName).toList())))) { //$NON-NLS-1$
			return null;
		}
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		for (Project project : projects) {
			IEditorPart editor = page.findEditor(new ProjectEditorInput(project));
			if (editor != null) {
				page.closeEditor(editor, false);
			}
			for (org.iotbench.projects.Chart chart : project.getCharts()) { // its charts follow its session, which goes
				IEditorPart chartEditor = page.findEditor(
						new org.iotbench.ui.internal.charts.ChartEditorInput(project, chart));
				if (chartEditor != null) {
					page.closeEditor(chartEditor, false);
				}
			}
			try {
				Services.projects().remove(project);
			} catch (ProjectException e) {
				MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.Handler_errorTitle, e.getMessage());
				return null;
			}
		}
		return null;
	}
}
