package org.iotbench.ui.internal.projects;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Services;

/** Opens the edit dialog of the selected project (gear icon, double-click); its open editor is closed on change. */
public final class EditProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<Project> projects = SelectedProjects.of(event);
		if (projects.size() != 1) {
			return null;
		}
		Project project = projects.get(0);
		ProjectDialog dialog = new ProjectDialog(HandlerUtil.getActiveShell(event), Services.projects(), project, null);
		if (dialog.open() == org.eclipse.jface.window.Window.OK) {
			IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
			IEditorPart editor = page.findEditor(new ProjectEditorInput(project));
			if (editor != null) {
				page.closeEditor(editor, false);
				OpenProjectHandler.open(page, dialog.saved());
			}
		}
		return null;
	}
}
