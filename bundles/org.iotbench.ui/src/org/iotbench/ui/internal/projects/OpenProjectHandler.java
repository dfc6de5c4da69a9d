package org.iotbench.ui.internal.projects;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Log;

/** Opens the selected projects in editors. */
public final class OpenProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		for (Project project : SelectedProjects.of(event)) {
			open(page, project);
		}
		return null;
	}

	static ProjectEditor open(IWorkbenchPage page, Project project) {
		try {
			return (ProjectEditor) page.openEditor(new ProjectEditorInput(project), ProjectEditor.ID);
		} catch (PartInitException e) {
			Log.error(e.getMessage(), e);
			org.eclipse.jface.dialogs.MessageDialog.openError(page.getWorkbenchWindow().getShell(),
					project.getName(), e.getMessage());
			return null;
		}
	}
}
