package org.iotbench.ui.internal.dashboards;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Services;

/** Makes a dashboard editor's input again from the workbench's saved state: dashboards open at exit open again. */
public final class DashboardEditorInputFactory implements IElementFactory {

	@Override
	public IAdaptable createElement(IMemento memento) {
		String id = memento.getString(DashboardEditorInput.PROJECT_ID);
		Integer index = memento.getInteger(DashboardEditorInput.DASHBOARD);
		if (id == null || index == null) {
			return null;
		}
		for (Project project : Services.projects().registry().getProjects()) {
			if (id.equals(project.getId()) && index >= 0 && index < project.getDashboards().size()) {
				return new DashboardEditorInput(project, project.getDashboards().get(index));
			}
		}
		return null; // the project or the dashboard was deleted meanwhile: the editor is not restored
	}
}
