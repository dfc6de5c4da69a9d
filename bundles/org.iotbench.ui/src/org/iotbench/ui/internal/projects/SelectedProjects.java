package org.iotbench.ui.internal.projects;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.projects.Project;

/** The projects selected when a command runs. */
final class SelectedProjects {

	private SelectedProjects() {
	}

	static List<Project> of(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			return selection.stream().filter(Project.class::isInstance).map(Project.class::cast).toList();
		}
		return List.of();
	}
}
