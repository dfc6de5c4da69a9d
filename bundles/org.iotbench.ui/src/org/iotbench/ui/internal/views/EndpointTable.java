package org.iotbench.ui.internal.views;

import java.util.List;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IViewSite;
import org.iotbench.broker.BrokerEndpoint;
import org.iotbench.ui.internal.Messages;

/**
 * The URLs of the running broker's listeners, one row per listener and address. The rows are the view's selection, and
 * the context menu (contributed in {@code plugin.xml}) copies the selected URLs.
 */
final class EndpointTable {

	private final TableViewer viewer;

	EndpointTable(Composite parent, IViewSite site) {
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// the URL first: it is what a device needs, and a narrow view must not cut it
		TableColumns.add(viewer, BrokerEndpoint.class, Messages.BrokerView_url, 230, BrokerEndpoint::url, e -> null);
		TableColumns.add(viewer, BrokerEndpoint.class, Messages.BrokerView_listener, 130, e -> e.listener().label(),
				e -> null);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 120).applyTo(viewer.getControl());
		MenuManager menu = new MenuManager();
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		site.registerContextMenu(menu, viewer);
		site.setSelectionProvider(viewer);
	}

	/** Shows the endpoints; the table is hidden while there are none. */
	void show(List<BrokerEndpoint> endpoints) {
		viewer.setInput(endpoints);
		boolean any = !endpoints.isEmpty();
		((GridData) viewer.getControl().getLayoutData()).exclude = !any;
		viewer.getControl().setVisible(any);
	}

	/** The table, for tests. */
	TableViewer viewer() {
		return viewer;
	}
}
