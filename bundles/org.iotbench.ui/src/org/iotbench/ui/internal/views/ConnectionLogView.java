package org.iotbench.ui.internal.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.iotbench.broker.ConnectionEvent;
import org.iotbench.broker.ConnectionLog;
import org.iotbench.ui.internal.HelpContexts;
import org.iotbench.ui.internal.Images;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.Throttle;

/** Every connection attempt at the local broker, newest first, with the reason for each refusal. */
public final class ConnectionLogView extends ViewPart {

	public static final String ID = "org.iotbench.ui.views.connectionLog"; //$NON-NLS-1$
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private TableViewer viewer;
	private ConnectionLog log;
	private Consumer<ConnectionEvent> listener;

	@Override
	public void createPartControl(Composite parent) {
		HelpContexts.set(parent, HelpContexts.CONNECTION_LOG_VIEW);
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// the reason right after who and what: it is why the view exists, and a 1366 px screen shows it unscrolled
		column(Messages.LogView_time, 160, e -> TIME.format(e.time()), ConnectionLogView::icon);
		column(Messages.LogView_event, 110, e -> kind(e.kind()), e -> null);
		column(Messages.LogView_clientId, 130, ConnectionEvent::clientId, e -> null);
		column(Messages.LogView_reason, 420, ConnectionEvent::reason, e -> null);
		column(Messages.LogView_address, 150, ConnectionEvent::address, e -> null);
		column(Messages.LogView_username, 110, e -> e.username() == null ? "" : e.username(), e -> null); //$NON-NLS-1$

		log = Services.broker().connectionLog();
		Throttle refresh = new Throttle(viewer.getControl(), 200, this::refresh);
		listener = event -> refresh.request();
		log.addListener(listener);
		refresh();
		getSite().setSelectionProvider(viewer);
	}

	/** Clears the log (toolbar command). */
	public void clear() {
		log.clear();
		refresh();
	}

	private void refresh() {
		List<ConnectionEvent> entries = log.entries();
		Collections.reverse(entries);
		viewer.setInput(entries);
	}

	private static Image icon(ConnectionEvent event) {
		return switch (event.kind()) {
		case CONNECTED, BRIDGE_CONNECTED -> Images.get(Images.ONLINE);
		case REFUSED, CLOSED_BY_BROKER, DENIED, DROPPED, BRIDGE_FAILED -> Images.get(Images.REFUSED);
		default -> Images.get(Images.OFFLINE);
		};
	}

	private static String kind(ConnectionEvent.Kind kind) {
		return switch (kind) {
		case CONNECTED -> Messages.LogView_connected;
		case REFUSED -> Messages.LogView_refused;
		case DISCONNECTED -> Messages.LogView_disconnected;
		case CONNECTION_LOST -> Messages.LogView_lost;
		case CLOSED_BY_BROKER -> Messages.LogView_closed;
		case DENIED -> Messages.LogView_denied;
		case DROPPED -> Messages.LogView_dropped;
		case BRIDGE_CONNECTED -> Messages.LogView_bridgeConnected;
		case BRIDGE_FAILED -> Messages.LogView_bridgeFailed;
		case BRIDGE_LOST -> Messages.LogView_bridgeLost;
		};
	}

	private void column(String title, int width, Function<ConnectionEvent, String> text,
			Function<ConnectionEvent, Image> image) {
		TableColumns.add(viewer, ConnectionEvent.class, title, width, text, image);
	}

	/** The table, for tests. */
	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (log != null) {
			log.removeListener(listener);
		}
		super.dispose();
	}
}
