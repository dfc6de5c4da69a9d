package org.iotbench.ui.internal.projects;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.projects.Project;

/** The projects selected when a command runs. */
public final class SelectedProjects {

	private SelectedProjects() {
	}

	static List<Project> of(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			return selection.stream().filter(Project.class::isInstance).map(Project.class::cast).toList();
		}
		return List.of();
	}

	/** The project of the active project editor, or else the one selected, or null. */
	public static Project current(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof ProjectEditor editor) {
			return editor.project();
		}
		List<Project> selected = of(event);
		if (selected.size() == 1) {
			return selected.get(0);
		}
		return HandlerUtil.getActiveEditor(event) instanceof ProjectEditor editor ? editor.project() : null;
	}
}
