package org.iotbench.ui.internal.charts;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.iotbench.projects.Chart;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Images;
import org.iotbench.ui.internal.Messages;

/**
 * A chart of a project, opened as an editor; one editor per chart. Saved in the workbench's state by the project's id
 * and the chart's place among the project's charts, so that a chart open at exit opens again.
 */
public final class ChartEditorInput implements IEditorInput, IPersistableElement {

	static final String FACTORY_ID = "org.iotbench.ui.chartEditorInput"; //$NON-NLS-1$
	static final String PROJECT_ID = "project"; //$NON-NLS-1$
	static final String CHART = "chart"; //$NON-NLS-1$

	private final Project project;
	private final Chart chart;

	public ChartEditorInput(Project project, Chart chart) {
		this.project = project;
		this.chart = chart;
	}

	public Project project() {
		return project;
	}

	public Chart chart() {
		return chart;
	}

	@Override
	public boolean exists() {
		return project.getCharts().contains(chart);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return Images.descriptor(Images.CHART);
	}

	@Override
	public String getName() {
		return chart.getName() == null || chart.getName().isBlank() ? Messages.Chart_untitled : chart.getName();
	}

	@Override
	public IPersistableElement getPersistable() {
		return project.getCharts().contains(chart) ? this : null;
	}

	@Override
	public String getFactoryId() {
		return FACTORY_ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(PROJECT_ID, project.getId());
		memento.putInteger(CHART, project.getCharts().indexOf(chart));
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(Messages.Chart_tooltip, getName(), project.getName());
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ChartEditorInput input && input.chart == chart;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(chart);
	}
}
