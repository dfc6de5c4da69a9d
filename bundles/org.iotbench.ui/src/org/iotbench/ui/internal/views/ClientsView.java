package org.iotbench.ui.internal.views;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.iotbench.broker.BrokerStatistics;
import org.iotbench.clients.ClientRegistry;
import org.iotbench.clients.provider.ClientsItemProviderAdapterFactory;
import org.iotbench.ui.internal.HelpContexts;
import org.iotbench.ui.internal.Log;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.Throttle;
import org.iotbench.ui.internal.properties.ItemPropertySourceProvider;

/**
 * The clients permitted to connect to the local broker, with their live state. The selection feeds the Properties
 * view; the toolbar and context menu hold the commands declared in {@code plugin.xml}.
 */
public final class ClientsView extends ViewPart {

	public static final String ID = "org.iotbench.ui.views.clients"; //$NON-NLS-1$
	private static final String EDIT_COMMAND = "org.iotbench.ui.commands.editClient"; //$NON-NLS-1$

	private final ClientsItemProviderAdapterFactory adapterFactory = new ClientsItemProviderAdapterFactory();
	private TableViewer viewer;
	private ClientRegistry registry;
	private EContentAdapter listener;
	private PropertySheetPage propertyPage;
	private static final int TRAFFIC_INTERVAL_MS = 1_000;
	private volatile BrokerStatistics traffic;

	@Override
	public void createPartControl(Composite parent) {
		HelpContexts.set(parent, HelpContexts.CLIENTS_VIEW);
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		ClientColumns.create(viewer, () -> traffic);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setComparator(new ClientComparator());

		registry = Services.registry().registry();
		Throttle refresh = new Throttle(viewer.getControl(), 100, this::refresh);
		listener = new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				refresh.request();
			}
		};
		registry.eAdapters().add(listener);
		refresh();
		refreshTraffic();

		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		viewer.addDoubleClickListener(event -> {
			try {
				getSite().getService(IHandlerService.class).executeCommand(EDIT_COMMAND, null);
			} catch (Exception e) {
				Log.error(e.getMessage(), e);
			}
		});
	}

	/** The per-client counters, once a second while the view is open. */
	private void refreshTraffic() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		traffic = Services.broker().statistics();
		viewer.refresh();
		viewer.getControl().getDisplay().timerExec(TRAFFIC_INTERVAL_MS, this::refreshTraffic);
	}

	private void refresh() {
		viewer.setInput(registry.getClients().toArray());
		if (propertyPage != null && propertyPage.getControl() != null && !propertyPage.getControl().isDisposed()) {
			propertyPage.refresh();
		}
	}

	/** The table (tests select rows through it). */
	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			propertyPage = new PropertySheetPage();
			propertyPage.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory));
			return adapter.cast(propertyPage);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (registry != null) {
			registry.eAdapters().remove(listener);
		}
		adapterFactory.dispose();
		super.dispose();
	}
}
