package org.iotbench.ui.internal.projects;

import org.eclipse.ui.IMemento;
import org.iotbench.ui.internal.Services;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.iotbench.projects.Project;

/**
 * A project opened in the editor; two inputs are equal when they are the same project. It is saved with the workbench
 * (the project's ID), so that the editors open at exit open again on the next start.
 */
public final class ProjectEditorInput implements IEditorInput, IPersistableElement {

	/** The element factory that makes the input again, {@link ProjectEditorInputFactory}. */
	static final String FACTORY_ID = "org.iotbench.ui.projectEditorInput"; //$NON-NLS-1$
	static final String PROJECT_ID = "project"; //$NON-NLS-1$

	private final Project project;

	public ProjectEditorInput(Project project) {
		this.project = project;
	}

	public Project project() {
		return project;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(project) ? adapter.cast(project) : null;
	}

	/** Whether the project is still one of the workbench's (an editor of a deleted project is not saved). */
	@Override
	public boolean exists() {
		return project.getId() != null && Services.projects().registry().getProjects().contains(project);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return project.getName();
	}

	@Override
	public IPersistableElement getPersistable() {
		return exists() ? this : null;
	}

	@Override
	public String getFactoryId() {
		return FACTORY_ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(PROJECT_ID, project.getId());
	}

	@Override
	public String getToolTipText() {
		return project.getName();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ProjectEditorInput that && that.project == project;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(project);
	}
}
