package org.iotbench.ui.internal.devicecode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.core.AtomicFile;
import org.iotbench.core.tls.TlsSetupException;
import org.iotbench.devicecode.DeviceCode;
import org.iotbench.devicecode.DeviceSettings;
import org.iotbench.devicecode.DeviceSetup;
import org.iotbench.devicecode.Language;
import org.iotbench.registry.ClientRegistryService;
import org.iotbench.ui.internal.Log;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.TextClipboard;
import org.iotbench.ui.internal.dialogs.PasswordCheck;

/**
 * The code of a device for one registered client, written offline: the language, the broker address the device
 * uses (this computer's LAN addresses to choose from), TLS when the broker has it, and the client's password, checked
 * against the registry before it goes into the code (the registry keeps only its hash, so the user types it, or it
 * comes from the dialog that just set it). Copy or save the code; nothing leaves this computer.
 */
public final class DeviceCodeDialog extends TitleAreaDialog {

	private static final int COPY = IDialogConstants.CLIENT_ID + 1;
	private static final int SAVE = IDialogConstants.CLIENT_ID + 2;
	private static final Point SIZE = new Point(920, 660);

	private final RegisteredClient client;
	private final ClientRegistryService registry;
	private final BrokerSettings broker;
	private final DeviceCode generator = new DeviceCode();
	private Combo language;
	private Combo host;
	private Button tls;
	private Text password;
	private Label passwordState;
	private StyledText code;
	/** The password last found right, or {@code null}. */
	private String acceptedPassword;
	private final String knownPassword;
	private PasswordCheck check;
	/** The broker's certificate in PEM once TLS was chosen, or {@code null}. */
	private String certificate;

	/**
	 * @param knownPassword the client's password when the caller just set it, or {@code null} for the user to type
	 */
	public DeviceCodeDialog(Shell shell, RegisteredClient client, ClientRegistryService registry,
			BrokerSettings broker, String knownPassword) {
		super(shell);
		this.client = client;
		this.registry = registry;
		this.broker = broker;
		this.knownPassword = knownPassword;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.DeviceCode_title, client.getClientId()));
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Point getInitialSize() {
		Point preferred = super.getInitialSize();
		return new Point(Math.max(preferred.x, SIZE.x), Math.max(Math.min(preferred.y, SIZE.y), 480));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.DeviceCode_title, client.getClientId()));
		setMessage(Messages.DeviceCode_message);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

		new Label(form, SWT.NONE).setText(Messages.DeviceCode_language);
		language = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (Language each : Language.values()) {
			language.add(each.label());
		}
		language.select(0);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(language);

		new Label(form, SWT.NONE).setText(Messages.DeviceCode_host);
		host = new Combo(form, SWT.DROP_DOWN);
		host.setToolTipText(Messages.DeviceCode_hostTip);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(host);
		tls = new Button(form, SWT.CHECK);
		tls.setText(Messages.DeviceCode_tls);
		boolean hasTls = broker.tlsPort() != BrokerSettings.OFF;
		tls.setEnabled(hasTls);
		tls.setToolTipText(hasTls ? NLS.bind(Messages.DeviceCode_tlsTip, broker.tlsPort())
				: Messages.DeviceCode_noTlsTip);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).span(2, 1).applyTo(tls);
		fillHosts();

		new Label(form, SWT.NONE).setText(Messages.DeviceCode_password);
		password = new Text(form, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		password.setMessage(Messages.DeviceCode_passwordHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
		passwordState = new Label(form, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).grab(true, false).applyTo(passwordState);
		Button newPassword = new Button(form, SWT.PUSH);
		newPassword.setText(Messages.DeviceCode_newPassword);
		newPassword.setToolTipText(Messages.DeviceCode_newPasswordTip);
		newPassword.addListener(SWT.Selection, e -> setNewPassword());

		code = new StyledText(form, SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL | SWT.READ_ONLY);
		code.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(600, 300).applyTo(code);

		language.addListener(SWT.Selection, e -> refresh());
		host.addListener(SWT.Modify, e -> refresh());
		tls.addListener(SWT.Selection, e -> {
			fillHosts();
			refresh();
		});
		check = new PasswordCheck(password, passwordState, registry, client.getClientId(), right -> {
			acceptedPassword = right;
			refresh();
		});
		if (knownPassword != null) {
			check.known(knownPassword);
		}
		refresh();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY, Messages.DeviceCode_copy, false);
		createButton(parent, SAVE, Messages.DeviceCode_save, false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		switch (buttonId) {
		case COPY -> TextClipboard.copy(getShell().getDisplay(), code.getText());
		case SAVE -> save();
		case IDialogConstants.CLOSE_ID -> close();
		default -> super.buttonPressed(buttonId);
		}
	}

	/** The language shown. */
	public Language language() {
		return Language.values()[Math.max(0, language.getSelectionIndex())];
	}

	/** Shows the code in another language. */
	public void selectLanguage(Language wanted) {
		language.select(wanted.ordinal());
		refresh();
	}

	/** The code shown. */
	public String code() {
		return code.getText();
	}

	/**
	 * Gives the client a new, generated password after the user confirms (a device still using the old one is refused
	 * from its next connect), and writes it into the code.
	 */
	private void setNewPassword() {
		if (!org.eclipse.jface.dialogs.MessageDialog.openConfirm(getShell(), Messages.DeviceCode_newPasswordTitle,
				NLS.bind(Messages.DeviceCode_newPasswordConfirm, client.getClientId()))) {
			return;
		}
		setNewPassword(new String(new org.iotbench.registry.CredentialGenerator().password()));
	}

	/** Sets the client's password and writes it into the code (tests call it without the confirmation). */
	public void setNewPassword(String newPassword) {
		try {
			registry.setPassword(client.getClientId(), newPassword.toCharArray());
			check.known(newPassword);
			passwordState.setText(Messages.DeviceCode_passwordSet);
			passwordState.setToolTipText(Messages.DeviceCode_passwordSet);
		} catch (org.iotbench.registry.RegistryException e) {
			setErrorMessage(e.getMessage());
		}
	}

	/** Types into the password field, as a user would. */
	public void typePassword(String text) {
		password.setText(text);
	}

	/** What the dialog says of the password typed: being checked, right, or why the broker would refuse it. */
	public String passwordState() {
		return check.state();
	}

	/** Chooses the broker address the code uses. */
	public void setHost(String address) {
		host.setText(address);
	}

	private void fillHosts() {
		String typed = host.getText();
		host.removeAll();
		List<String> hosts = DeviceSetup.hosts(broker, tls.getSelection());
		hosts.forEach(host::add);
		if (!typed.isBlank() && hosts.contains(typed)) {
			host.setText(typed);
		} else if (!hosts.isEmpty()) {
			host.select(0);
		}
	}

	private void refresh() {
		if (code == null || code.isDisposed()) {
			return;
		}
		try {
			DeviceSettings settings = DeviceSetup.settings(client, acceptedPassword, broker, host.getText(),
					tls.getSelection() ? certificate() : null);
			CodeHighlighter.show(code, language(), generator.generate(language(), settings));
			if (!client.isEnabled()) {
				setMessage(NLS.bind(Messages.DeviceCode_disabled, client.getClientId()), IMessageProvider.WARNING);
			} else if (acceptedPassword == null) {
				setMessage(NLS.bind(Messages.DeviceCode_placeholder, DeviceCode.PASSWORD_PLACEHOLDER),
						IMessageProvider.INFORMATION);
			} else {
				setMessage(Messages.DeviceCode_message);
			}
			setErrorMessage(null);
		} catch (IllegalArgumentException | TlsSetupException e) {
			setErrorMessage(e.getMessage());
		}
		passwordState.getParent().layout();
	}

	/** The broker's certificate, read once: the code is made again at every keystroke in the address. */
	private String certificate() throws TlsSetupException {
		if (certificate == null) {
			certificate = DeviceSetup.certificate(broker);
		}
		return certificate;
	}

	private void save() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFileName(language().fileName());
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		byte[] bytes = code.getText().getBytes(StandardCharsets.UTF_8);
		try {
			new AtomicFile(Path.of(chosen)).write(stream -> stream.write(bytes));
			setMessage(NLS.bind(Messages.DeviceCode_saved, chosen));
		} catch (IOException e) {
			setErrorMessage(NLS.bind(Messages.DeviceCode_notSaved, chosen, e.getMessage()));
			Log.error(NLS.bind(Messages.DeviceCode_notSaved, chosen, e.getMessage()), e);
		}
	}

}
