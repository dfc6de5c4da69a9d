package org.iotbench.ui.internal.start;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.commands.common.NotDefinedException;
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
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.iotbench.broker.BrokerEndpoint;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.broker.Listener;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.devicecode.DeviceCode;
import org.iotbench.devicecode.DeviceSettings;
import org.iotbench.devicecode.DeviceTopics;
import org.iotbench.devicecode.Language;
import org.iotbench.ui.internal.BrokerJobs;
import org.iotbench.ui.internal.HelpContexts;
import org.iotbench.ui.internal.Log;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.NoSaveEditor;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.TextClipboard;
import org.iotbench.ui.internal.Throttle;
import org.iotbench.ui.internal.views.ConnectionLogView;

/**
 * The seed's flow on one page, each step a link that does it: the address devices connect to, register a client, the
 * firmware filled in, a local project that shows the messages, and where to look when a device is refused. Opened on
 * the first start and from Help > Getting Started.
 */
public final class GettingStartedEditor extends NoSaveEditor {

	public static final String ID = "org.iotbench.ui.editors.gettingStarted"; //$NON-NLS-1$

	private Link address;
	private Text code;
	private Label codeNote;
	private Consumer<BrokerStatus> statusListener;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName(Messages.Start_tab);
	}

	@Override
	public void createPartControl(Composite parent) {
		HelpContexts.set(parent, HelpContexts.GETTING_STARTED);
		ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		Composite body = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(20, 16).spacing(8, 6).applyTo(body);
		body.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		body.setBackgroundMode(SWT.INHERIT_FORCE);

		Label title = new Label(body, SWT.WRAP);
		title.setText(Messages.Start_title);
		title.setFont(JFaceResources.getHeaderFont());
		text(body, Messages.Start_intro);

		heading(body, Messages.Start_step1);
		address = link(body, ""); //$NON-NLS-1$
		heading(body, Messages.Start_step2);
		link(body, Messages.Start_register);
		heading(body, Messages.Start_step3);
		codeNote = text(body, ""); //$NON-NLS-1$
		code = new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		code.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(600, 220).applyTo(code);
		link(body, Messages.Start_copyCode);
		heading(body, Messages.Start_step4);
		link(body, Messages.Start_project);
		heading(body, Messages.Start_step5);
		link(body, Messages.Start_refused);
		link(body, Messages.Start_again);

		scrolled.setContent(body);
		scrolled.addListener(SWT.Resize, e -> scrolled
				.setMinSize(body.computeSize(Math.max(640, scrolled.getClientArea().width), SWT.DEFAULT)));
		Throttle refresh = new Throttle(body, 200, this::refresh);
		statusListener = status -> refresh.request();
		Services.broker().addStatusListener(statusListener);
		refresh();
	}

	private static void heading(Composite body, String text) {
		Label label = new Label(body, SWT.WRAP);
		label.setText(text);
		label.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 10).hint(600, SWT.DEFAULT).applyTo(label);
	}

	private static Label text(Composite body, String text) {
		Label label = new Label(body, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(label);
		return label;
	}

	private Link link(Composite body, String text) {
		Link link = new Link(body, SWT.WRAP);
		link.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(link);
		link.addListener(SWT.Selection, e -> follow(e.text));
		return link;
	}

	/** What a link of the page does. */
	private void follow(String action) {
		switch (action) {
		case "copyAddress" -> copy(firstEndpoint().map(BrokerEndpoint::url).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
		case "startBroker" -> BrokerJobs.start().schedule(); //$NON-NLS-1$
		case "register" -> run("org.iotbench.ui.commands.registerClient"); //$NON-NLS-1$ //$NON-NLS-2$
		case "copyCode" -> copy(code.getText()); //$NON-NLS-1$
		case "newProject" -> run("org.iotbench.ui.commands.newLocalProject"); //$NON-NLS-1$ //$NON-NLS-2$
		case "log" -> showView(ConnectionLogView.ID); //$NON-NLS-1$
		case "preferences" -> run("org.eclipse.ui.window.preferences"); //$NON-NLS-1$ //$NON-NLS-2$
		default -> {
			// nothing else is linked
		}
		}
		refresh();
	}

	private void run(String commandId) {
		try {
			getSite().getService(IHandlerService.class).executeCommand(commandId, null);
		} catch (NotDefinedException e) {
			Log.error(e.getMessage(), e);
		} catch (org.eclipse.core.commands.ExecutionException | org.eclipse.core.commands.NotEnabledException
				| org.eclipse.core.commands.NotHandledException e) {
			Log.error(e.getMessage(), e);
		}
	}

	private void showView(String id) {
		try {
			getSite().getPage().showView(id);
		} catch (PartInitException e) {
			Log.error(e.getMessage(), e);
		}
	}

	private void copy(String text) {
		TextClipboard.copy(this, text, Messages.Start_copied);
	}

	/** The LAN address a device should use: the first plain MQTT endpoint that is not loopback. */
	private static java.util.Optional<BrokerEndpoint> firstEndpoint() {
		List<BrokerEndpoint> endpoints = Services.broker().status().endpoints();
		return endpoints.stream().filter(e -> e.listener() == Listener.MQTT && !e.host().startsWith("127.")) //$NON-NLS-1$
				.findFirst().or(() -> endpoints.stream().findFirst());
	}

	private void refresh() {
		if (address == null || address.isDisposed()) {
			return;
		}
		BrokerStatus status = Services.broker().status();
		java.util.Optional<BrokerEndpoint> endpoint = firstEndpoint();
		if (status.running() && endpoint.isPresent()) {
			address.setText(NLS.bind(Messages.Start_address, new Object[] { endpoint.get().url(),
					endpoint.get().host(), Integer.toString(endpoint.get().port()) }));
		} else {
			// the summary may end a sentence of its own: one full stop, not two
			address.setText(NLS.bind(Messages.Start_noBroker, status.summary().replaceAll("\\.$", ""))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<RegisteredClient> clients = Services.registry().registry().getClients();
		RegisteredClient newest = clients.isEmpty() ? null : clients.get(clients.size() - 1);
		String clientId = newest == null ? "clientA" : newest.getClientId(); //$NON-NLS-1$
		String host = endpoint.map(BrokerEndpoint::host).orElse("192.168.0.101"); //$NON-NLS-1$
		int port = endpoint.map(BrokerEndpoint::port).orElse(1883);
		// the same code as Device Code... writes, with a note where the password goes
		DeviceTopics topics = DeviceTopics.forClient(clientId, newest == null ? List.of() : newest.getPublishPatterns(),
				newest == null ? List.of() : newest.getSubscribePatterns());
		String filled = new DeviceCode().generate(Language.MICROPYTHON,
				new DeviceSettings(clientId, Messages.Start_passwordPlaceholder, host, port, topics));
		if (!filled.equals(code.getText())) {
			code.setText(filled);
		}
		codeNote.setText(clients.isEmpty() ? Messages.Start_codeNoClient
				: NLS.bind(Messages.Start_codeForClient, clientId));
		address.getParent().layout(true);
	}

	/** For tests: the code the page offers. */
	public String code() {
		return code.getText();
	}

	/** For tests: the address line. */
	public String addressText() {
		return address.getText();
	}

	@Override
	public void setFocus() {
		address.setFocus();
	}

	@Override
	public void dispose() {
		if (statusListener != null) {
			Services.broker().removeStatusListener(statusListener);
		}
		super.dispose();
	}
}
