package org.iotbench.ui.internal.views;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.iotbench.broker.BrokerService;
import org.iotbench.broker.BrokerStatistics;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.broker.ConnectionEvent;
import org.iotbench.ui.internal.Images;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.Throttle;

/**
 * The local broker at a glance: running (and at which address a device must connect), stopped, or failed with the
 * reason in words. Start, stop and restart are commands in the view's toolbar.
 */
public final class BrokerView extends ViewPart {

	public static final String ID = "org.iotbench.ui.views.broker"; //$NON-NLS-1$

	private BrokerService broker;
	private Label stateIcon;
	private Label state;
	private Text details;
	private EndpointTable endpoints;
	/** The status the details and endpoints show, so that they are redrawn (and the selection lost) only on change. */
	private BrokerStatus shown;
	private Label counters;
	private Consumer<BrokerStatus> statusListener;
	private Consumer<ConnectionEvent> eventListener;
	/** Registrations change the "of N registered clients" count. */
	private org.eclipse.emf.common.notify.Adapter registryListener;
	private Label traffic;
	private BrokerStatistics lastStatistics;
	private long lastTime;
	private static final int TRAFFIC_INTERVAL_MS = 1_000;

	@Override
	public void createPartControl(Composite parent) {
		broker = Services.broker();
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		stateIcon = new Label(body, SWT.NONE);
		state = new Label(body, SWT.WRAP);
		state.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(state);
		details = new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		// a few lines, scrolled: the listeners' URLs below must stay visible in a small view
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 64).applyTo(details);
		endpoints = new EndpointTable(body, getViewSite());
		counters = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(counters);
		traffic = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(traffic);
		body.getDisplay().timerExec(TRAFFIC_INTERVAL_MS, this::refreshTraffic);

		Throttle refresh = new Throttle(body, 100, this::refresh);
		statusListener = status -> refresh.request();
		eventListener = event -> refresh.request();
		broker.addStatusListener(statusListener);
		broker.connectionLog().addListener(eventListener);
		registryListener = new org.eclipse.emf.common.notify.impl.AdapterImpl() {
			@Override
			public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
				refresh.request();
			}
		};
		Services.registry().registry().eAdapters().add(registryListener);
		refresh();
	}

	private void refresh() {
		BrokerStatus status = broker.status();
		state.setText(headline(status));
		stateIcon.setImage(Images.get(status.running() ? Images.ONLINE
				: status.state() == org.iotbench.broker.BrokerState.FAILED ? Images.REFUSED : Images.OFFLINE));
		if (status != shown) {
			shown = status;
			details.setText(BrokerDescription.of(status));
			endpoints.show(status.endpoints());
		}
		long online = Services.registry().registry().getClients().stream().filter(c -> c.isOnline()).count();
		counters.setText(NLS.bind(Messages.BrokerView_counters, new Object[] { online,
				Services.registry().registry().getClients().size(), broker.connectionLog().refusedCount() }));
		state.getParent().layout(true);
	}

	/** Message counters and rates, once a second while the view is open. */
	private void refreshTraffic() {
		if (traffic.isDisposed()) {
			return;
		}
		BrokerStatistics now = broker.statistics();
		long time = System.nanoTime();
		double seconds = lastStatistics == null ? 0 : (time - lastTime) / 1e9;
		BrokerStatistics last = lastStatistics;
		traffic.setText(NLS.bind(Messages.BrokerView_traffic, new Object[] { now.connectedClients(), now.messagesIn(),
				rate(now.messagesIn(), last == null ? 0 : last.messagesIn(), seconds), now.bytesIn(),
				rate(now.bytesIn(), last == null ? 0 : last.bytesIn(), seconds), now.messagesOut(),
				rate(now.messagesOut(), last == null ? 0 : last.messagesOut(), seconds), now.bytesOut(),
				rate(now.bytesOut(), last == null ? 0 : last.bytesOut(), seconds), now.published(), now.dropped() })
				+ (now.violations() + now.loopErrors() == 0 ? "" //$NON-NLS-1$
						: "\n" + NLS.bind(Messages.BrokerView_health, now.violations(), now.loopErrors()))); //$NON-NLS-1$
		lastStatistics = now;
		lastTime = time;
		traffic.getParent().layout(true);
		traffic.getDisplay().timerExec(TRAFFIC_INTERVAL_MS, this::refreshTraffic);
	}

	/** The state in one short line: the most useful URL; the table below lists every listener's. */
	private static String headline(BrokerStatus status) {
		if (!status.running() || status.endpoints().size() <= 1) {
			return status.summary();
		}
		return NLS.bind(Messages.BrokerView_runningMore, status.endpoints().get(0).url(),
				status.endpoints().size() - 1);
	}

	private static long rate(long now, long before, double seconds) {
		return seconds <= 0 ? 0 : Math.round(Math.max(0, now - before) / seconds);
	}

	/** The traffic line, for tests. */
	public String trafficText() {
		return traffic.getText();
	}

	/** The text shown, for tests. */
	public String stateText() {
		return state.getText();
	}

	@Override
	public void setFocus() {
		details.setFocus();
	}

	@Override
	public void dispose() {
		if (broker != null) {
			broker.removeStatusListener(statusListener);
			broker.connectionLog().removeListener(eventListener);
			Services.registry().registry().eAdapters().remove(registryListener);
		}
		super.dispose();
	}
}
