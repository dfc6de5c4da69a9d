package org.iotbench.ui.internal.projects;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Services;

/** Makes a project editor's input again from the workbench's saved state: the editors open at exit open again. */
public final class ProjectEditorInputFactory implements IElementFactory {

	@Override
	public IAdaptable createElement(IMemento memento) {
		String id = memento.getString(ProjectEditorInput.PROJECT_ID);
		if (id == null) {
			return null;
		}
		for (Project project : Services.projects().registry().getProjects()) {
			if (id.equals(project.getId())) {
				return new ProjectEditorInput(project);
			}
		}
		return null; // deleted meanwhile, or its file could not be read: the editor is not restored
	}
}
