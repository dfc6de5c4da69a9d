package org.iotbench.ui.internal.charts;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Services;

/** Makes a chart editor's input again from the workbench's saved state: the charts open at exit open again. */
public final class ChartEditorInputFactory implements IElementFactory {

	@Override
	public IAdaptable createElement(IMemento memento) {
		String id = memento.getString(ChartEditorInput.PROJECT_ID);
		Integer index = memento.getInteger(ChartEditorInput.CHART);
		if (id == null || index == null) {
			return null;
		}
		for (Project project : Services.projects().registry().getProjects()) {
			if (id.equals(project.getId()) && index >= 0 && index < project.getCharts().size()) {
				return new ChartEditorInput(project, project.getCharts().get(index));
			}
		}
		return null; // the project or the chart was deleted meanwhile: the editor is not restored
	}
}
