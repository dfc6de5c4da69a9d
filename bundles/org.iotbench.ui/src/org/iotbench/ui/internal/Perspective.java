package org.iotbench.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.iotbench.ui.internal.projects.ProjectsView;
import org.iotbench.ui.internal.topics.TopicsView;
import org.iotbench.ui.internal.views.BrokerView;
import org.iotbench.ui.internal.views.ClientsView;
import org.iotbench.ui.internal.views.ConnectionLogView;

/** Projects, then topics and broker on the left, project editors in the middle, clients, connection log and properties below. */
public final class Perspective implements IPerspectiveFactory {

	public static final String ID = "org.iotbench.ui.perspective"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);
		layout.addView(ProjectsView.ID, IPageLayout.LEFT, 0.24f, editors);
		// the topic tree of the open project beside the broker: a maker setting up looks at the broker (on top at the
		// first start, as Getting Started refers to it), one at work at the topics; the projects stay in sight above
		IFolderLayout below = layout.createFolder("belowProjects", IPageLayout.BOTTOM, 0.42f, ProjectsView.ID); //$NON-NLS-1$
		below.addView(BrokerView.ID);
		below.addView(TopicsView.ID);
		IFolderLayout devices = layout.createFolder("devices", IPageLayout.BOTTOM, 0.64f, editors); //$NON-NLS-1$
		devices.addView(ClientsView.ID);
		devices.addView(ConnectionLogView.ID);
		layout.addView(IPageLayout.ID_PROP_SHEET, IPageLayout.RIGHT, 0.68f, "devices"); //$NON-NLS-1$
		for (String view : new String[] { ProjectsView.ID, TopicsView.ID, BrokerView.ID, ClientsView.ID, ConnectionLogView.ID,
				IPageLayout.ID_PROP_SHEET }) {
			layout.addShowViewShortcut(view);
		}
	}
}
