package org.iotbench.ui.internal.projects;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;

/** Writes the selected projects (or all) to a file; passwords stay in secure storage. */
public final class ExportProjectsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		List<Project> projects = SelectedProjects.of(event);
		if (projects.isEmpty()) {
			projects = List.copyOf(Services.projects().registry().getProjects());
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setFileName("projects.iotbench.xmi"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			try {
				Services.projects().export(projects, Path.of(file));
			} catch (IOException e) {
				MessageDialog.openError(shell, Messages.Handler_errorTitle, e.getMessage());
			}
		}
		return null;
	}
}
