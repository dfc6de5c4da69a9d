package org.iotbench.ui.internal.projects;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;

/** Adds the projects of an exported file; nothing is added if one of them is invalid. */
public final class ImportProjectsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		String file = new FileDialog(shell, SWT.OPEN).open();
		if (file != null) {
			try {
				Services.projects().importFrom(Path.of(file));
			} catch (ProjectException e) {
				MessageDialog.openError(shell, Messages.Handler_errorTitle, e.getMessage());
			}
		}
		return null;
	}
}
