package org.iotbench.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.iotbench.ui.internal.views.BrokerView;
import org.iotbench.ui.internal.views.ClientsView;
import org.iotbench.ui.internal.views.ConnectionLogView;

/** The broker on the left, the registered clients in the middle, connection log and properties below. */
public final class Perspective implements IPerspectiveFactory {

	public static final String ID = "org.iotbench.ui.perspective"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		String editors = layout.getEditorArea();
		layout.addView(BrokerView.ID, IPageLayout.LEFT, 0.28f, editors);
		layout.addView(ClientsView.ID, IPageLayout.TOP, 0.6f, editors);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.6f, ClientsView.ID); //$NON-NLS-1$
		bottom.addView(ConnectionLogView.ID);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(BrokerView.ID);
		layout.addShowViewShortcut(ClientsView.ID);
		layout.addShowViewShortcut(ConnectionLogView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
	}
}
