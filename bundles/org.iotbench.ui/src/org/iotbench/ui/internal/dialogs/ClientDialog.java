package org.iotbench.ui.internal.dialogs;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.registry.ClientRegistryService;
import org.iotbench.registry.CredentialGenerator;
import org.iotbench.registry.RegistryException;
import org.iotbench.ui.internal.HelpContexts;
import org.iotbench.ui.internal.Messages;

/**
 * Registers a client or edits one. A unique client ID and a strong password are offered; the password is shown here
 * once and is stored only as a salted hash. Nothing is saved until the registry accepts the whole change.
 */
public final class ClientDialog extends TitleAreaDialog {

	private final ClientRegistryService registry;
	private final RegisteredClient existing;
	private final CredentialGenerator generator = new CredentialGenerator();
	private Text name;
	private Text clientId;
	private Text password;
	private Text description;
	private Text publish;
	private Text subscribe;
	private Button showPassword;
	private String savedClientId;
	private char[] savedPassword;

	/** @param existing the client to edit, or {@code null} to register a new one */
	public ClientDialog(Shell shell, ClientRegistryService registry, RegisteredClient existing) {
		super(shell);
		this.registry = registry;
		this.existing = existing;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(existing == null ? Messages.ClientDialog_registerTitle : Messages.ClientDialog_editTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		HelpContexts.set(area, HelpContexts.CLIENT_DIALOG);
		setTitle(existing == null ? Messages.ClientDialog_registerTitle : Messages.ClientDialog_editTitle);
		setMessage(existing == null ? Messages.ClientDialog_registerMessage : Messages.ClientDialog_editMessage);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

		name = field(form, Messages.ClientDialog_name, 2);
		clientId = field(form, Messages.ClientDialog_clientId, existing == null ? 1 : 2);
		if (existing == null) {
			button(form, Messages.ClientDialog_generate, () -> clientId.setText(registry.newClientId()));
		}
		password = field(form, existing == null ? Messages.ClientDialog_password : Messages.ClientDialog_newPassword,
				1);
		button(form, Messages.ClientDialog_generate, () -> password.setText(new String(generator.password())));
		new Label(form, SWT.NONE);
		showPassword = new Button(form, SWT.CHECK);
		showPassword.setText(Messages.ClientDialog_showPassword);
		showPassword.setSelection(true);
		showPassword.addListener(SWT.Selection, e -> password.setEchoChar(showPassword.getSelection() ? '\0' : '\u25CF'));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(showPassword);
		description = field(form, Messages.ClientDialog_description, 2);
		publish = field(form, Messages.ClientDialog_publish, 2);
		publish.setMessage(Messages.ClientDialog_anywhere);
		subscribe = field(form, Messages.ClientDialog_subscribe, 2);
		subscribe.setMessage(Messages.ClientDialog_anywhere);

		if (existing == null) {
			clientId.setText(registry.newClientId());
			password.setText(new String(generator.password()));
		} else {
			name.setText(nullToEmpty(existing.getName()));
			clientId.setText(existing.getClientId());
			clientId.setEditable(false);
			description.setText(nullToEmpty(existing.getDescription()));
			publish.setText(String.join(", ", existing.getPublishPatterns())); //$NON-NLS-1$
			subscribe.setText(String.join(", ", existing.getSubscribePatterns())); //$NON-NLS-1$
			password.setMessage(Messages.ClientDialog_keepPassword);
		}
		name.setFocus();
		return area;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	private static Text field(Composite form, String label, int span) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(320, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static void button(Composite form, String label, Runnable action) {
		Button button = new Button(form, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private static java.util.List<String> patterns(Text text) throws RegistryException {
		java.util.List<String> patterns = java.util.Arrays.stream(text.getText().split(",")).map(String::trim) //$NON-NLS-1$
				.filter(p -> !p.isEmpty()).toList();
		for (String pattern : patterns) {
			String problem = org.iotbench.core.Topics.checkFilter(pattern.replace("%c", "client")); //$NON-NLS-1$ //$NON-NLS-2$
			if (problem != null) {
				throw new RegistryException(pattern + ": " + problem); //$NON-NLS-1$
			}
		}
		return patterns;
	}

	@Override
	protected void okPressed() {
		try {
			java.util.List<String> publishPatterns = patterns(publish);
			java.util.List<String> subscribePatterns = patterns(subscribe);
			if (existing == null) {
				char[] secret = password.getText().toCharArray();
				registry.register(name.getText(), clientId.getText().trim(), secret, description.getText());
				savedPassword = secret;
			} else {
				registry.update(existing.getClientId(), name.getText(), description.getText());
				if (!password.getText().isEmpty()) {
					savedPassword = password.getText().toCharArray();
					registry.setPassword(existing.getClientId(), savedPassword);
				}
			}
			savedClientId = clientId.getText().trim();
			registry.setPermissions(savedClientId, publishPatterns, subscribePatterns);
			super.okPressed();
		} catch (RegistryException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID,
				existing == null ? Messages.ClientDialog_register : IDialogConstants.OK_LABEL, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** The client ID that was saved, after OK. */
	public String savedClientId() {
		return savedClientId;
	}

	/** The password that was set, after OK, or {@code null} if it was kept. */
	public char[] savedPassword() {
		return savedPassword;
	}

	/** Fills the form (tests). */
	public void fill(String newName, String newClientId, String newPassword) {
		name.setText(newName);
		if (clientId.getEditable()) {
			clientId.setText(newClientId);
		}
		password.setText(newPassword);
	}

	/** Presses OK (tests). */
	public void pressOk() {
		okPressed();
	}
}
