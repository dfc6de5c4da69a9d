package org.iotbench.ui.internal.projects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.iotbench.projects.Project;

/** A project opened in the editor; two inputs are equal when they are the same project. */
public final class ProjectEditorInput implements IEditorInput {

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

	@Override
	public boolean exists() {
		return false;
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
		return null;
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
