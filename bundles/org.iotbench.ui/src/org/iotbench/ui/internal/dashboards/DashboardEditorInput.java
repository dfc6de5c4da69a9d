package org.iotbench.ui.internal.dashboards;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.iotbench.projects.Dashboard;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Images;
import org.iotbench.ui.internal.Messages;

/**
 * A dashboard of a project, opened as an editor; one editor per dashboard. Saved in the workbench's state by the
 * project's id and the dashboard's place among the project's dashboards, so that a dashboard open at exit opens again.
 */
public final class DashboardEditorInput implements IEditorInput, IPersistableElement {

	static final String FACTORY_ID = "org.iotbench.ui.dashboardEditorInput"; //$NON-NLS-1$
	static final String PROJECT_ID = "project"; //$NON-NLS-1$
	static final String DASHBOARD = "dashboard"; //$NON-NLS-1$

	private final Project project;
	private final Dashboard dashboard;

	public DashboardEditorInput(Project project, Dashboard dashboard) {
		this.project = project;
		this.dashboard = dashboard;
	}

	public Project project() {
		return project;
	}

	public Dashboard dashboard() {
		return dashboard;
	}

	@Override
	public boolean exists() {
		return project.getDashboards().contains(dashboard);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return Images.descriptor(Images.DASHBOARD);
	}

	@Override
	public String getName() {
		return name(dashboard);
	}

	/** A dashboard's title, or a word for one without. */
	static String name(Dashboard dashboard) {
		return dashboard.getName() == null || dashboard.getName().isBlank() ? Messages.Dashboard_untitled
				: dashboard.getName();
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
		memento.putInteger(DASHBOARD, project.getDashboards().indexOf(dashboard));
	}

	@Override
	public String getToolTipText() {
		return NLS.bind(Messages.Dashboard_tooltip, getName(), project.getName());
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DashboardEditorInput input && input.dashboard == dashboard;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(dashboard);
	}
}
