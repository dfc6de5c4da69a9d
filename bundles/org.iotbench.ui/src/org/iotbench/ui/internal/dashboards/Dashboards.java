package org.iotbench.ui.internal.dashboards;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.iotbench.dashboards.DashboardFile;
import org.iotbench.projects.Dashboard;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectsFactory;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.ui.internal.Log;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;

/** Opening, making, importing and exporting the dashboards of a project. */
public final class Dashboards {

	private Dashboards() {
	}

	/** Opens a dashboard in its editor, or brings its editor to the front. */
	public static DashboardEditor open(Project project, Dashboard dashboard) {
		try {
			return (DashboardEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
					.openEditor(new DashboardEditorInput(project, dashboard), DashboardEditor.ID);
		} catch (PartInitException e) {
			Log.error(NLS.bind(Messages.Dashboard_openFailed, e.getMessage()), e);
			return null;
		}
	}

	/** Asks for a name, adds an empty dashboard to the project, saves and opens it. */
	public static Dashboard create(Shell shell, Project project) {
		InputDialog name = new InputDialog(shell, Messages.Dashboards_new, Messages.Dashboards_name,
				NLS.bind(Messages.Dashboards_defaultName, Integer.toString(project.getDashboards().size() + 1)),
				text -> text.isBlank() ? Messages.Dashboards_nameEmpty : null);
		if (name.open() != Window.OK) {
			return null;
		}
		Dashboard dashboard = ProjectsFactory.eINSTANCE.createDashboard();
		dashboard.setName(name.getValue().trim());
		return add(shell, project, dashboard);
	}

	/** Reads a dashboard file chosen by the user into the project; a bad file is named and nothing is added. */
	public static Dashboard importFile(Shell shell, Project project) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.json", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
		String file = dialog.open();
		if (file == null) {
			return null;
		}
		try {
			return add(shell, project, DashboardFile.read(Path.of(file)));
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Dashboards_import, e.getMessage());
			return null;
		}
	}

	/** Adds a dashboard to a project, saves and opens it. */
	static Dashboard add(Shell shell, Project project, Dashboard dashboard) {
		project.getDashboards().add(dashboard);
		try {
			Services.projects().save();
		} catch (ProjectException e) {
			project.getDashboards().remove(dashboard);
			Log.error(e.getMessage(), e);
			MessageDialog.openError(shell, DashboardEditorInput.name(dashboard), e.getMessage());
			return null;
		}
		open(project, dashboard);
		return dashboard;
	}

	/** Writes a dashboard to a file chosen by the user. */
	static void exportFile(Shell shell, Dashboard dashboard) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.json" }); //$NON-NLS-1$
		dialog.setFileName(DashboardEditorInput.name(dashboard).replaceAll("[/\\\\:*?\"<>|]", "_") + ".json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			DashboardFile.write(dashboard, Path.of(file));
		} catch (IOException e) {
			String problem = NLS.bind(Messages.Dashboard_exportFailed, file, e.getMessage());
			Log.error(problem, e);
			MessageDialog.openError(shell, Messages.Dashboard_export, problem);
		}
	}
}
