package org.iotbench.ui.internal.charts;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.projects.Chart;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.projects.SelectedProjects;

/**
 * The charts of the active project editor's project, or of the project selected: picks one to open, or makes a new
 * one (the only choice while the project has none).
 */
public final class ChartsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Project project = SelectedProjects.current(event);
		if (project == null) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		if (project.getCharts().isEmpty()) {
			new ChartLineDialog(shell, project, null, null, null).open();
			return null;
		}
		Object[] choices = new Object[project.getCharts().size() + 1];
		for (int i = 0; i < project.getCharts().size(); i++) {
			choices[i] = project.getCharts().get(i);
		}
		choices[choices.length - 1] = Messages.ChartLine_newChart;
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Chart chart ? new ChartEditorInput(project, chart).getName()
						: String.valueOf(element);
			}
		});
		dialog.setTitle(Messages.Charts_title);
		dialog.setMessage(Messages.Charts_message);
		dialog.setElements(choices);
		dialog.setMultipleSelection(false);
		if (dialog.open() == Window.OK && dialog.getFirstResult() != null) {
			if (dialog.getFirstResult() instanceof Chart chart) {
				ChartLineDialog.open(project, chart);
			} else {
				new ChartLineDialog(shell, project, null, null, null).open();
			}
		}
		return null;
	}
}
