package org.iotbench.ui.internal.projects;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.iotbench.projects.MqttVersion;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectKind;
import org.iotbench.projects.RemoteConnection;
import org.iotbench.projects.TlsTrust;
import org.iotbench.projects.Transport;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.projects.core.ProjectService;
import org.iotbench.ui.internal.HelpContexts;
import org.iotbench.ui.internal.Messages;

/**
 * Creates or edits a project. The dialog works on a copy; OK saves the whole project or shows what is wrong and
 * saves nothing.
 */
public final class ProjectDialog extends TitleAreaDialog {

	private final ProjectService service;
	private final Project original;
	private final Project copy;
	private Text name;
	private Text description;
	private Text capacity;
	private Text historyLimit;
	private Text host;
	private Text port;
	private Combo transport;
	private Text websocketPath;
	private Combo version;
	private Text clientId;
	private Text username;
	private Text password;
	private Text keepAlive;
	private Button cleanStart;
	private Text sessionExpiry;
	private Button autoReconnect;
	private Combo trust;
	private Text caFile;
	private Text certificate;
	private Text key;
	private Text willTopic;
	private Text willPayload;
	private Combo willQos;
	private Button willRetain;
	private Project saved;

	/**
	 * @param original the project to edit, or {@code null} to add {@code fresh}
	 * @param fresh    a new project from the service, when {@code original} is null
	 */
	public ProjectDialog(Shell shell, ProjectService service, Project original, Project fresh) {
		super(shell);
		this.service = service;
		this.original = original;
		this.copy = original == null ? fresh : EcoreUtil.copy(original);
	}

	private boolean remote() {
		return copy.getKind() == ProjectKind.REMOTE;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(original == null ? Messages.ProjectDialog_newTitle : Messages.ProjectDialog_editTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		HelpContexts.set(area, HelpContexts.PROJECT_DIALOG);
		setTitle(remote() ? Messages.ProjectDialog_remoteTitle : Messages.ProjectDialog_localTitle);
		setMessage(remote() ? Messages.ProjectDialog_remoteMessage : Messages.ProjectDialog_localMessage);
		TabFolder tabs = new TabFolder(area, SWT.TOP);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		Composite general = tab(tabs, Messages.ProjectDialog_general);
		name = text(general, Messages.ProjectDialog_name, copy.getName());
		description = text(general, Messages.ProjectDialog_description, copy.getDescription());
		capacity = text(general, Messages.ProjectDialog_capacity, Integer.toString(copy.getMessageCapacity()));
		capacity.setToolTipText(Messages.ProjectDialog_capacityTip);
		historyLimit = text(general, Messages.ProjectDialog_historyLimit, Integer.toString(copy.getHistoryLimit()));
		historyLimit.setToolTipText(Messages.ProjectDialog_historyLimitTip);
		if (remote()) {
			createConnectionTab(tab(tabs, Messages.ProjectDialog_connection));
			createSecurityTab(tab(tabs, Messages.ProjectDialog_security));
			createWillTab(tab(tabs, Messages.ProjectDialog_will));
		}
		name.setFocus();
		name.selectAll();
		return area;
	}

	/** A transport in words, with the URL scheme people know it by. */
	private static String label(Transport transport) {
		return switch (transport) {
		case TCP -> Messages.ProjectDialog_transportTcp;
		case TLS -> Messages.ProjectDialog_transportTls;
		case WEBSOCKET -> Messages.ProjectDialog_transportWebSocket;
		case SECURE_WEBSOCKET -> Messages.ProjectDialog_transportSecureWebSocket;
		};
	}

	private void createConnectionTab(Composite page) {
		RemoteConnection c = copy.getConnection();
		host = text(page, Messages.ProjectDialog_host, c.getHost());
		port = text(page, Messages.ProjectDialog_port, Integer.toString(c.getPort()));
		transport = combo(page, Messages.ProjectDialog_transport, Transport.VALUES.stream().map(ProjectDialog::label)
				.toList(), c.getTransport().getValue());
		transport.addListener(SWT.Selection, e -> suggestPort());
		websocketPath = text(page, Messages.ProjectDialog_websocketPath, c.getWebsocketPath());
		version = combo(page, Messages.ProjectDialog_version, List.of("MQTT 3.1.1", "MQTT 5"), //$NON-NLS-1$ //$NON-NLS-2$
				c.getMqttVersion() == MqttVersion.V5 ? 1 : 0);
		clientId = text(page, Messages.ProjectDialog_clientId, c.getClientId());
		new Label(page, SWT.NONE);
		Label warning = new Label(page, SWT.WRAP);
		warning.setText(Messages.ProjectDialog_publicBrokerWarning);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(warning);
		username = text(page, Messages.ProjectDialog_username, c.getUsername());
		password = text(page, Messages.ProjectDialog_password, ""); //$NON-NLS-1$
		password.setEchoChar('\u25CF');
		password.setMessage(original == null ? "" : Messages.ProjectDialog_keepPassword); //$NON-NLS-1$
		keepAlive = text(page, Messages.ProjectDialog_keepAlive, Integer.toString(c.getKeepAliveSeconds()));
		cleanStart = check(page, Messages.ProjectDialog_cleanStart, c.isCleanStart());
		sessionExpiry = text(page, Messages.ProjectDialog_sessionExpiry, Long.toString(c.getSessionExpirySeconds()));
		autoReconnect = check(page, Messages.ProjectDialog_autoReconnect, c.isAutoReconnect());
	}

	private void suggestPort() {
		String current = port.getText().trim();
		if (List.of("1883", "8883", "8080", "8081", "443", "80").contains(current)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			port.setText(switch (Transport.get(transport.getSelectionIndex())) {
			case TCP -> "1883"; //$NON-NLS-1$
			case TLS -> "8883"; //$NON-NLS-1$
			case WEBSOCKET -> "8080"; //$NON-NLS-1$
			case SECURE_WEBSOCKET -> "8081"; //$NON-NLS-1$
			});
		}
	}

	private void createSecurityTab(Composite page) {
		RemoteConnection c = copy.getConnection();
		trust = combo(page, Messages.ProjectDialog_trust, List.of(Messages.ProjectDialog_trustSystem,
				Messages.ProjectDialog_trustCa, Messages.ProjectDialog_trustInsecure), c.getTlsTrust().getValue());
		caFile = file(page, Messages.ProjectDialog_caFile, c.getCaFile());
		certificate = file(page, Messages.ProjectDialog_certificate, c.getClientCertificateFile());
		key = file(page, Messages.ProjectDialog_key, c.getClientKeyFile());
	}

	private void createWillTab(Composite page) {
		RemoteConnection c = copy.getConnection();
		willTopic = text(page, Messages.ProjectDialog_willTopic, c.getWillTopic());
		willPayload = text(page, Messages.ProjectDialog_willPayload, c.getWillPayload());
		willQos = combo(page, Messages.ProjectDialog_willQos, List.of("0", "1", "2"), c.getWillQos()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		willRetain = check(page, Messages.ProjectDialog_willRetain, c.isWillRetain());
	}

	private static Composite tab(TabFolder tabs, String title) {
		Composite page = new Composite(tabs, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		TabItem item = new TabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(page);
		return page;
	}

	private static Text text(Composite page, String label, String value) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER | SWT.SINGLE);
		text.setText(value == null ? "" : value); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static Text file(Composite page, String label, String value) {
		Text text = text(page, label, value);
		new Label(page, SWT.NONE);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.ProjectDialog_browse);
		browse.addListener(SWT.Selection, e -> {
			String chosen = new FileDialog(page.getShell(), SWT.OPEN).open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		return text;
	}

	private static Combo combo(Composite page, String label, List<String> items, int selected) {
		new Label(page, SWT.NONE).setText(label);
		Combo combo = new Combo(page, SWT.READ_ONLY);
		combo.setItems(items.toArray(String[]::new));
		combo.select(selected);
		return combo;
	}

	private static Button check(Composite page, String label, boolean value) {
		new Label(page, SWT.NONE);
		Button check = new Button(page, SWT.CHECK);
		check.setText(label);
		check.setSelection(value);
		return check;
	}

	/** Copies the fields into the copy; throws with a message for a field that is not a number. */
	private void readFields() {
		copy.setName(name.getText().trim());
		copy.setDescription(description.getText());
		copy.setMessageCapacity((int) NumberField.read(capacity, Messages.ProjectDialog_capacity, 100, 10_000_000));
		copy.setHistoryLimit((int) NumberField.read(historyLimit, Messages.ProjectDialog_historyLimit, 1, 100_000));
		if (!remote()) {
			return;
		}
		RemoteConnection c = copy.getConnection();
		c.setHost(host.getText().trim());
		c.setPort((int) NumberField.read(port, Messages.ProjectDialog_port, 1, 65535));
		c.setTransport(Transport.get(transport.getSelectionIndex()));
		c.setWebsocketPath(websocketPath.getText().trim());
		c.setMqttVersion(version.getSelectionIndex() == 1 ? MqttVersion.V5 : MqttVersion.V311);
		c.setClientId(clientId.getText().trim());
		c.setUsername(username.getText());
		c.setKeepAliveSeconds((int) NumberField.read(keepAlive, Messages.ProjectDialog_keepAlive, 0, 65535));
		c.setCleanStart(cleanStart.getSelection());
		c.setSessionExpirySeconds(NumberField.read(sessionExpiry, Messages.ProjectDialog_sessionExpiry, 0,
				0xFFFF_FFFFL));
		c.setAutoReconnect(autoReconnect.getSelection());
		c.setTlsTrust(TlsTrust.get(trust.getSelectionIndex()));
		c.setCaFile(caFile.getText().trim());
		c.setClientCertificateFile(certificate.getText().trim());
		c.setClientKeyFile(key.getText().trim());
		c.setWillTopic(willTopic.getText().trim());
		c.setWillPayload(willPayload.getText());
		c.setWillQos(willQos.getSelectionIndex());
		c.setWillRetain(willRetain.getSelection());
	}

	@Override
	protected void okPressed() {
		try {
			readFields();
			char[] secret = remote() && !password.getText().isEmpty() ? password.getText().toCharArray() : null;
			if (original == null) {
				service.add(copy, secret);
			} else {
				service.replace(original, copy, secret);
			}
			saved = original == null ? copy : original; // an edit is applied to the project itself
			super.okPressed();
		} catch (IllegalArgumentException | ProjectException e) {
			setErrorMessage(e.getMessage());
		}
	}

	/** The saved project, after OK. */
	public Project saved() {
		return saved;
	}

	/** Sets the name field (tests). */
	public void setName(String newName) {
		name.setText(newName);
	}

	/** Sets the host and port fields of a remote project (tests). */
	public void setBroker(String newHost, String newPort) {
		host.setText(newHost);
		port.setText(newPort);
	}

	/** Presses OK (tests). */
	public void pressOk() {
		okPressed();
	}
}
