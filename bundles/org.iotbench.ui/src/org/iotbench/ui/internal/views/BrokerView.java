package org.iotbench.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.part.ViewPart;
import org.iotbench.broker.BrokerEndpoint;
import org.iotbench.broker.BrokerService;
import org.iotbench.broker.BrokerState;
import org.iotbench.broker.BrokerStatistics;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.broker.ConnectionEvent;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.iotbench.bridges.provider.BridgesItemProviderAdapterFactory;
import org.iotbench.bridges.runtime.BridgeException;
import org.iotbench.bridges.runtime.BridgeFile;
import org.iotbench.ui.internal.HelpContexts;
import org.iotbench.ui.internal.bridges.BridgeSelection;
import org.iotbench.ui.internal.bridges.BridgesPanel;
import org.iotbench.ui.internal.bridges.BridgesPreferencePage;
import org.iotbench.ui.internal.bridges.UpstreamProject;
import org.iotbench.ui.internal.projects.ProjectDialog;
import org.iotbench.ui.internal.properties.ItemPropertySourceProvider;
import org.iotbench.ui.internal.Images;
import org.iotbench.ui.internal.Log;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.TextClipboard;
import org.iotbench.ui.internal.Throttle;

/**
 * The local broker at a glance: its state, each listener's address with a copy button, who may connect, clients
 * online, message rates, refused connections. A failed broker says why in words. Start, stop and restart are
 * commands in the view's toolbar.
 */
public final class BrokerView extends ViewPart {

	public static final String ID = "org.iotbench.ui.views.broker"; //$NON-NLS-1$
	private static final String PREFERENCE_PAGE = "org.iotbench.ui.preferences.broker"; //$NON-NLS-1$
	private static final int TRAFFIC_INTERVAL_MS = 1_000;

	private BrokerService broker;
	private Label stateIcon;
	private Label state;
	private FactGrid facts;
	/** The status the rows show, so that they are rebuilt (and a selection in them lost) only on change. */
	private BrokerStatus shown;
	private final List<Text> addresses = new ArrayList<>();
	private Label clients;
	private Link refused;
	private Label messagesIn;
	private Label messagesOut;
	private Label published;
	private Label dropped;
	private Label problems;
	private Consumer<BrokerStatus> statusListener;
	private Consumer<ConnectionEvent> eventListener;
	/** Registrations change the "of N registered" count. */
	private Adapter registryListener;
	private BridgesPanel bridges;
	private ScrolledComposite scroll;
	private final BridgesItemProviderAdapterFactory bridgeItems = new BridgesItemProviderAdapterFactory();
	private BrokerStatistics lastStatistics;
	private long lastTime;

	@Override
	public void createPartControl(Composite parent) {
		broker = Services.broker();
		// the rows, the addresses and the bridges may be taller than the view at 1366x768: scroll rather than cut
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		Composite body = new Composite(scroll, SWT.NONE);
		scroll.setContent(body);
		scroll.addListener(SWT.Resize, e -> fit());
		GridLayoutFactory.swtDefaults().applyTo(body);
		Composite header = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(header);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		stateIcon = new Label(header, SWT.NONE);
		state = new Label(header, SWT.NONE);
		state.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(state);
		facts = new FactGrid(body);
		bridges = new BridgesPanel(body, Services.bridges(), this::watchUpstream, this::openBridgePreferences);
		GridDataFactory.fillDefaults().grab(true, true).indent(0, 8).applyTo(bridges.control());
		bridges.whenHeightChanges(this::fit);
		getSite().setSelectionProvider(new BridgeSelection(bridges.selectionProvider()));
		HelpContexts.set(body, HelpContexts.BROKER_VIEW);

		Throttle refresh = new Throttle(body, 100, this::refresh);
		statusListener = status -> refresh.request();
		eventListener = event -> refresh.request();
		broker.addStatusListener(statusListener);
		broker.connectionLog().addListener(eventListener);
		registryListener = new AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				refresh.request();
			}
		};
		Services.registry().registry().eAdapters().add(registryListener);
		refresh();
		body.getDisplay().timerExec(TRAFFIC_INTERVAL_MS, this::tick);
	}

	private void refresh() {
		if (state.isDisposed()) {
			return;
		}
		BrokerStatus status = broker.status();
		String headline = headline(status);
		if (!headline.equals(state.getText())) {
			state.setText(headline);
			state.setToolTipText(status.summary());
			state.getParent().layout(true);
		}
		stateIcon.setImage(Images.get(status.running() ? Images.ONLINE
				: status.state() == BrokerState.FAILED ? Images.REFUSED : Images.OFFLINE));
		if (status != shown) {
			shown = status;
			rows(status);
		}
		counters();
		fit();
	}

	/** Lets the content scroll when it is taller than the view, and only then. */
	private void fit() {
		if (scroll.isDisposed()) {
			return;
		}
		int width = scroll.getClientArea().width;
		scroll.setMinSize(scroll.getContent().computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
	}

	/** The rows for a state; the counters in them are filled by {@link #counters()}. */
	private void rows(BrokerStatus status) {
		facts.clear();
		addresses.clear();
		clients = null;
		refused = null;
		messagesIn = messagesOut = published = dropped = problems = null;
		switch (status.state()) {
		case RUNNING -> running(status);
		case FAILED -> {
			facts.sentence(null, NLS.bind(Messages.BrokerView_failedHelp, status.reason()));
			facts.action(Messages.BrokerView_openPreferences, this::openPreferences);
		}
		case STOPPED -> facts.sentence(null, Messages.BrokerView_stoppedHelp);
		case STARTING -> {
			// a moment: the headline says so
		}
		}
		facts.layout();
	}

	private void running(BrokerStatus status) {
		if (status.reason() != null && !status.reason().isEmpty()) {
			// a warning, such as retained messages that could not be read
			facts.sentence(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_WARN_TSK),
					status.reason());
		}
		for (BrokerEndpoint endpoint : status.endpoints()) {
			addresses.add(facts.copyable(endpoint.listener().label(), endpoint.url(),
					NLS.bind(Messages.BrokerView_copyUrl, endpoint.url()),
					url -> TextClipboard.copy(this, url, NLS.bind(Messages.BrokerView_copiedUrl, url))));
		}
		boolean anonymous = status.settings().allowAnonymous();
		facts.value(Messages.BrokerView_access,
				anonymous ? Messages.BrokerView_accessAnonymous : Messages.BrokerView_accessRegistered,
				anonymous ? Messages.BrokerView_anonymousAllowed : Messages.BrokerView_registeredOnly);
		if (status.settings().needsCertificate()) {
			String path = status.settings().certificate().certificate().toString();
			facts.copyable(Messages.BrokerView_certificate, path, CertificateDescription.of(status.settings().certificate()),
					text -> TextClipboard.copy(this, text, Messages.BrokerView_copiedCertificate));
		}
		clients = facts.value(Messages.BrokerView_clients, "", null); //$NON-NLS-1$
		refused = facts.link(Messages.BrokerView_refused, "", Messages.BrokerView_showLog, this::showLog); //$NON-NLS-1$
		messagesIn = facts.value(Messages.BrokerView_in, "", null); //$NON-NLS-1$
		messagesOut = facts.value(Messages.BrokerView_out, "", null); //$NON-NLS-1$
		published = facts.value(Messages.BrokerView_published, "", Messages.BrokerView_publishedTooltip); //$NON-NLS-1$
		dropped = facts.value(Messages.BrokerView_dropped, "", Messages.BrokerView_droppedTooltip); //$NON-NLS-1$
		problems = facts.value(Messages.BrokerView_problems, "", Messages.BrokerView_problemsTooltip); //$NON-NLS-1$
	}

	/** Once a second while the view is open: rates need a regular beat, whatever happens. */
	private void tick() {
		if (state.isDisposed()) {
			return;
		}
		counters();
		state.getDisplay().timerExec(TRAFFIC_INTERVAL_MS, this::tick);
	}

	private void counters() {
		if (clients == null || clients.isDisposed()) {
			return;
		}
		var registered = Services.registry().registry().getClients();
		long online = registered.stream().filter(c -> c.isOnline()).count();
		facts.set(clients, NLS.bind(Messages.BrokerView_clientsValue, online, registered.size()), null);
		String refusals = NLS.bind(Messages.BrokerView_refusedValue, broker.connectionLog().refusedCount());
		if (!refusals.equals(refused.getText())) {
			refused.setText(refusals);
			refused.requestLayout();
		}
		BrokerStatistics now = broker.statistics();
		long time = System.nanoTime();
		BrokerStatistics last = lastStatistics;
		double seconds = last == null ? 0 : (time - lastTime) / 1e9;
		if (last == null || seconds >= TRAFFIC_INTERVAL_MS / 2_000.0) {
			facts.set(messagesIn, NLS.bind(Messages.BrokerView_rate, rate(now.messagesIn(), last == null ? 0
					: last.messagesIn(), seconds), now.messagesIn()),
					NLS.bind(Messages.BrokerView_bytes, now.bytesIn(),
							rate(now.bytesIn(), last == null ? 0 : last.bytesIn(), seconds)));
			facts.set(messagesOut, NLS.bind(Messages.BrokerView_rate, rate(now.messagesOut(), last == null ? 0
					: last.messagesOut(), seconds), now.messagesOut()),
					NLS.bind(Messages.BrokerView_bytes, now.bytesOut(),
							rate(now.bytesOut(), last == null ? 0 : last.bytesOut(), seconds)));
			lastStatistics = now;
			lastTime = time;
		}
		facts.set(published, Long.toString(now.published()), Messages.BrokerView_publishedTooltip);
		facts.set(dropped, Long.toString(now.dropped()), Messages.BrokerView_droppedTooltip);
		facts.set(problems, now.violations() + now.loopErrors() == 0 ? Messages.BrokerView_none
				: NLS.bind(Messages.BrokerView_health, now.violations(), now.loopErrors()),
				Messages.BrokerView_problemsTooltip);
	}

	/** The state in a word or two; the rows below say the rest. */
	private static String headline(BrokerStatus status) {
		return switch (status.state()) {
		case RUNNING -> Messages.BrokerView_running;
		case STARTING -> Messages.BrokerView_starting;
		case STOPPED -> Messages.BrokerView_stopped;
		case FAILED -> Messages.BrokerView_failed;
		};
	}

	private static long rate(long now, long before, double seconds) {
		return seconds <= 0 ? 0 : Math.round(Math.max(0, now - before) / seconds);
	}

	private void showLog() {
		try {
			getSite().getPage().showView(ConnectionLogView.ID);
		} catch (PartInitException e) {
			Log.error(e.getMessage(), e);
		}
	}

	private void openPreferences() {
		PreferencesUtil.createPreferenceDialogOn(getSite().getShell(), PREFERENCE_PAGE, null, null).open();
	}

	private void openBridgePreferences() {
		PreferencesUtil.createPreferenceDialogOn(getSite().getShell(), BridgesPreferencePage.ID, null, null).open();
	}

	/** Opens the project dialog for a new remote project that watches a bridge's upstream. */
	private void watchUpstream(String bridgeName) {
		try {
			BridgeFile.current().read().getBridges().stream().filter(b -> b.getName().equals(bridgeName)).findFirst()
					.ifPresent(bridge -> new ProjectDialog(getSite().getShell(), Services.projects(), null,
							UpstreamProject.of(bridge, Services.projects())).open());
		} catch (BridgeException | java.io.IOException e) {
			Log.error(e.getMessage(), e);
		}
	}

	/** The Properties view shows the selected bridge's settings. */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			PropertySheetPage page = new PropertySheetPage();
			page.setPropertySourceProvider(new ItemPropertySourceProvider(bridgeItems));
			return adapter.cast(page);
		}
		return super.getAdapter(adapter);
	}

	/** The bridges panel, for tests. */
	public BridgesPanel bridges() {
		return bridges;
	}

	/** The state shown in words, for tests. */
	public String stateText() {
		return state.getText();
	}

	/** The listener addresses shown, for tests. */
	public List<String> addressTexts() {
		return addresses.stream().filter(t -> !t.isDisposed()).map(Text::getText).toList();
	}

	/** Every text the panel shows, for tests. */
	public String factsText() {
		StringBuilder text = new StringBuilder();
		collect(facts.control(), text);
		return text.toString();
	}

	private static void collect(org.eclipse.swt.widgets.Control control, StringBuilder text) {
		if (control instanceof Label label) {
			text.append(label.getText()).append('\n');
		} else if (control instanceof Link link) {
			text.append(link.getText()).append('\n');
		} else if (control instanceof Text field) {
			text.append(field.getText()).append('\n');
		} else if (control instanceof Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				collect(child, text);
			}
		}
	}

	@Override
	public void setFocus() {
		facts.control().setFocus();
	}

	@Override
	public void dispose() {
		if (broker != null) {
			broker.removeStatusListener(statusListener);
			broker.connectionLog().removeListener(eventListener);
			Services.registry().registry().eAdapters().remove(registryListener);
		}
		bridgeItems.dispose();
		super.dispose();
	}
}
