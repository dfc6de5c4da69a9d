package org.iotbench.ui.internal.bridges;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.iotbench.bridges.Bridge;
import org.iotbench.bridges.BridgesFactory;
import org.iotbench.bridges.TopicRule;
import org.iotbench.bridges.runtime.BridgeCheck;
import org.iotbench.bridges.runtime.BridgeException;
import org.iotbench.bridges.runtime.BridgeFile;
import org.iotbench.bridges.runtime.BridgePassword;
import org.iotbench.bridges.runtime.TopicRuleText;
import org.iotbench.ui.internal.Messages;

/**
 * Adds a bridge or edits one. The topic rules are written one per line as in mosquitto's configuration, which is what
 * a maker who bridged before knows and what the command line takes. Nothing is saved until the whole bridge is valid;
 * then it is one locked write of the bridges file, and the password goes to the secure storage.
 */
public final class BridgeDialog extends TitleAreaDialog {

	private final BridgeFile file;
	private final Bridge existing;
	private Text name;
	private Text host;
	private Spinner port;
	private Button tls;
	private Text caFile;
	private Text certificateFile;
	private Text keyFile;
	private Text userName;
	private Text password;
	private Text clientId;
	private Spinner keepAlive;
	private Button cleanSession;
	private Spinner queueLimit;
	private Button enabled;
	private Text rules;
	private final List<Button> browseButtons = new ArrayList<>();

	/** @param existing the bridge to edit (a copy), or {@code null} to add one */
	public BridgeDialog(Shell shell, BridgeFile file, Bridge existing) {
		super(shell);
		this.file = file;
		this.existing = existing;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(existing == null ? Messages.BridgeDialog_addTitle : Messages.BridgeDialog_editTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(existing == null ? Messages.BridgeDialog_addTitle : Messages.BridgeDialog_editTitle);
		setMessage(Messages.BridgeDialog_message);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

		name = text(form, Messages.BridgeDialog_name, 3);
		host = text(form, Messages.BridgeDialog_host, 1);
		port = spinner(form, Messages.BridgeDialog_port, 1, 65535, 1883);
		tls = check(form, Messages.BridgeDialog_tls, 4);
		tls.addListener(SWT.Selection, e -> {
			if (port.getSelection() == 1883 && tls.getSelection()) {
				port.setSelection(8883);
			} else if (port.getSelection() == 8883 && !tls.getSelection()) {
				port.setSelection(1883);
			}
			tlsFields();
		});
		caFile = file(form, Messages.BridgeDialog_caFile);
		certificateFile = file(form, Messages.BridgeDialog_certificate);
		keyFile = file(form, Messages.BridgeDialog_key);
		userName = text(form, Messages.BridgeDialog_userName, 1);
		password = text(form, Messages.BridgeDialog_password, 1, SWT.PASSWORD);
		clientId = text(form, Messages.BridgeDialog_clientId, 3);
		keepAlive = spinner(form, Messages.BridgeDialog_keepAlive, 0, 65535, 60);
		queueLimit = spinner(form, Messages.BridgeDialog_queueLimit, 1, BridgeCheck.MAX_QUEUE_MEGABYTES, 64);
		cleanSession = check(form, Messages.BridgeDialog_cleanSession, 2);
		enabled = check(form, Messages.BridgeDialog_enabled, 2);
		Label rulesLabel = new Label(form, SWT.NONE);
		rulesLabel.setText(Messages.BridgeDialog_rules);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(rulesLabel);
		rules = new Text(form, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		rules.setToolTipText(Messages.BridgeDialog_rulesHelp);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(420, 90).applyTo(rules);
		new Label(form, SWT.NONE);
		Label help = new Label(form, SWT.WRAP);
		help.setText(Messages.BridgeDialog_rulesHelp);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(420, SWT.DEFAULT).applyTo(help);

		fill(existing != null ? existing : defaults());
		tlsFields();
		name.setFocus();
		return area;
	}

	private static Bridge defaults() {
		Bridge bridge = BridgesFactory.eINSTANCE.createBridge();
		byte[] random = new byte[3];
		new SecureRandom().nextBytes(random);
		bridge.setClientId("iotbench-bridge-" + HexFormat.of().formatHex(random)); //$NON-NLS-1$
		return bridge;
	}

	private void fill(Bridge bridge) {
		name.setText(text(bridge.getName()));
		name.setEditable(existing == null);
		host.setText(text(bridge.getHost()));
		port.setSelection(bridge.getPort());
		tls.setSelection(bridge.isTls());
		caFile.setText(text(bridge.getCaFile()));
		certificateFile.setText(text(bridge.getCertificateFile()));
		keyFile.setText(text(bridge.getKeyFile()));
		userName.setText(text(bridge.getUserName()));
		if (existing != null) {
			password.setMessage(Messages.BridgeDialog_keepPassword);
		}
		clientId.setText(text(bridge.getClientId()));
		keepAlive.setSelection(bridge.getKeepAliveSeconds());
		queueLimit.setSelection(bridge.getQueueLimitMegabytes());
		cleanSession.setSelection(bridge.isCleanSession());
		enabled.setSelection(bridge.isEnabled());
		List<String> lines = new ArrayList<>();
		for (TopicRule rule : bridge.getRules()) {
			lines.add(TopicRuleText.format(rule));
		}
		rules.setText(String.join("\n", lines)); //$NON-NLS-1$
	}

	private void tlsFields() {
		for (Text field : new Text[] { caFile, certificateFile, keyFile }) {
			field.setEnabled(tls.getSelection());
		}
		browseButtons.forEach(button -> button.setEnabled(tls.getSelection()));
	}

	/** The bridge the form describes; rules that cannot be read are reported. */
	private Bridge bridge() throws BridgeException {
		Bridge bridge = BridgesFactory.eINSTANCE.createBridge();
		bridge.setName(name.getText().trim());
		bridge.setHost(host.getText().trim());
		bridge.setPort(port.getSelection());
		bridge.setTls(tls.getSelection());
		bridge.setCaFile(blankToNull(caFile));
		bridge.setCertificateFile(blankToNull(certificateFile));
		bridge.setKeyFile(blankToNull(keyFile));
		bridge.setUserName(blankToNull(userName));
		bridge.setClientId(clientId.getText().trim());
		bridge.setKeepAliveSeconds(keepAlive.getSelection());
		bridge.setQueueLimitMegabytes(queueLimit.getSelection());
		bridge.setCleanSession(cleanSession.getSelection());
		bridge.setEnabled(enabled.getSelection());
		for (String line : rules.getText().split("\\R")) { //$NON-NLS-1$
			if (!line.isBlank()) {
				bridge.getRules().add(TopicRuleText.parse(line.trim()));
			}
		}
		return bridge;
	}

	@Override
	protected void okPressed() {
		try {
			Bridge bridge = bridge();
			List<String> problems = BridgeCheck.problems(bridge);
			if (!problems.isEmpty()) {
				setErrorMessage(String.join("\n", problems)); //$NON-NLS-1$
				return;
			}
			String secret = password.getText();
			file.change(configuration -> {
				var bridges = configuration.getBridges();
				int at = existing == null ? -1 : indexOf(bridges, existing.getName());
				if (existing == null && BridgeFile.find(configuration, bridge.getName()).isPresent()) {
					throw new BridgeException(NLS.bind(Messages.BridgeDialog_exists, bridge.getName()));
				}
				if (at >= 0) {
					bridges.set(at, bridge);
				} else {
					bridges.add(bridge);
				}
				if (existing == null || !secret.isEmpty()) {
					BridgePassword.write(bridge.getName(), secret.isEmpty() ? null : secret.toCharArray());
				}
				return null;
			});
			super.okPressed();
		} catch (BridgeException e) {
			setErrorMessage(e.getMessage());
		}
	}

	private static int indexOf(List<Bridge> bridges, String bridgeName) {
		for (int i = 0; i < bridges.size(); i++) {
			if (bridgeName.equals(bridges.get(i).getName())) {
				return i;
			}
		}
		return -1;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID,
				existing == null ? Messages.BridgeDialog_add : IDialogConstants.OK_LABEL, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	private static String text(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}

	private static String blankToNull(Text field) {
		String value = field.getText().trim();
		return value.isEmpty() ? null : value;
	}

	private static Text text(Composite form, String label, int span) {
		return text(form, label, span, SWT.NONE);
	}

	private static Text text(Composite form, String label, int span, int style) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER | SWT.SINGLE | style);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(160, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static Spinner spinner(Composite form, String label, int min, int max, int value) {
		new Label(form, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(form, SWT.BORDER);
		spinner.setValues(value, min, max, 0, 1, 10);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(spinner);
		return spinner;
	}

	private static Button check(Composite form, String label, int span) {
		Button button = new Button(form, SWT.CHECK);
		button.setText(label);
		GridDataFactory.fillDefaults().span(span, 1).applyTo(button);
		return button;
	}

	/** A path field with a Browse button. */
	private Text file(Composite form, String label) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(160, SWT.DEFAULT).applyTo(text);
		Button browse = new Button(form, SWT.PUSH);
		browse.setText(Messages.BridgeDialog_browse);
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			String chosen = dialog.open();
			if (chosen != null) {
				text.setText(chosen);
			}
		});
		browseButtons.add(browse);
		return text;
	}

	/** Fills the main fields (tests). */
	public void fill(String bridgeName, String bridgeHost, int bridgePort, String topicRules) {
		name.setText(bridgeName);
		host.setText(bridgeHost);
		port.setSelection(bridgePort);
		rules.setText(topicRules);
	}

	/** Presses OK (tests). */
	public void pressOk() {
		okPressed();
	}

	/** The error shown, or {@code null} (tests). */
	public String error() {
		return getErrorMessage();
	}
}
