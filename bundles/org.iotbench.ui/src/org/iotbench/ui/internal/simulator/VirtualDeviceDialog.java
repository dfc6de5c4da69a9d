package org.iotbench.ui.internal.simulator;

import java.io.IOException;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.devicecode.DeviceTopics;
import org.iotbench.registry.ClientRegistryService;
import org.iotbench.simulator.PayloadTemplate;
import org.iotbench.simulator.VirtualDeviceSettings;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.dialogs.PasswordCheck;

/**
 * Runs a registered client as a virtual device: what it publishes (a payload template, previewed as it is typed),
 * where and how often, the commands it answers, and the client's password (checked, then kept in secure storage for
 * the next time). Start saves the settings and starts the device.
 */
public final class VirtualDeviceDialog extends TitleAreaDialog {

	/** Tenths of a second in the interval field. */
	private static final int INTERVAL_DIGITS = 1;
	private static final int DEFAULT_INTERVAL_TENTHS = 20;
	private static final int MAX_COUNT = 10_000_000;

	private final RegisteredClient client;
	private final ClientRegistryService registry;
	private final VirtualDevices devices;
	private final VirtualDeviceStore store;
	private Text password;
	private Label passwordState;
	private PasswordCheck check;
	private String acceptedPassword;
	private Text topic;
	private Text payload;
	private Label preview;
	private Spinner interval;
	private Spinner count;
	private Combo qos;
	private Button retain;
	private Button answer;
	private Text commandFilter;
	private Text statusTopic;
	private Text csvFile;

	public VirtualDeviceDialog(Shell shell, RegisteredClient client, ClientRegistryService registry,
			VirtualDevices devices, VirtualDeviceStore store) {
		super(shell);
		this.client = client;
		this.registry = registry;
		this.devices = devices;
		this.store = store;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.VirtualDevice_title, client.getClientId()));
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.VirtualDevice_title, client.getClientId()));
		setMessage(Messages.VirtualDevice_message);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		DeviceTopics defaults = DeviceTopics.forClient(client.getClientId(), client.getPublishPatterns(),
				client.getSubscribePatterns());
		VirtualDeviceStore.Saved saved = store.saved(client.getClientId()).orElse(null);

		label(form, Messages.VirtualDevice_password);
		password = new Text(form, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		password.setMessage(Messages.DeviceCode_passwordHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(password);
		passwordState = new Label(form, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).grab(true, false).applyTo(passwordState);

		topic = field(form, Messages.VirtualDevice_topic, saved == null ? defaults.telemetry() : saved.topic);

		label(form, Messages.VirtualDevice_payload).setLayoutData(
				GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).create());
		payload = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		payload.setFont(JFaceResources.getTextFont());
		payload.setText(saved == null ? PayloadTemplate.EXAMPLE : saved.payload);
		payload.setToolTipText(Messages.VirtualDevice_payloadTip);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(480, 70).applyTo(payload);
		new Label(form, SWT.NONE);
		preview = new Label(form, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(480, SWT.DEFAULT).applyTo(preview);

		label(form, Messages.VirtualDevice_interval);
		Composite timing = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(timing);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(timing);
		interval = new Spinner(timing, SWT.BORDER);
		interval.setValues(saved == null ? DEFAULT_INTERVAL_TENTHS : (int) Math.max(1, saved.intervalMillis / 100), 1,
				864_000, INTERVAL_DIGITS, 1, 10);
		new Label(timing, SWT.NONE).setText(Messages.VirtualDevice_count);
		count = new Spinner(timing, SWT.BORDER);
		count.setValues(saved == null ? 0 : (int) Math.min(MAX_COUNT, saved.count), 0, MAX_COUNT, 0, 1, 100);
		count.setToolTipText(Messages.VirtualDevice_countTip);
		new Label(timing, SWT.NONE).setText(Messages.VirtualDevice_qos);
		qos = new Combo(timing, SWT.READ_ONLY);
		qos.setItems("0", "1", "2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		qos.select(saved == null ? 0 : saved.qos);
		retain = new Button(timing, SWT.CHECK);
		retain.setText(Messages.VirtualDevice_retain);
		retain.setSelection(saved != null && saved.retain);

		new Label(form, SWT.NONE);
		answer = new Button(form, SWT.CHECK);
		answer.setText(Messages.VirtualDevice_answer);
		answer.setSelection(saved == null || saved.commandFilter != null && !saved.commandFilter.isBlank());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(answer);
		commandFilter = field(form, Messages.VirtualDevice_commands,
				saved == null || saved.commandFilter == null ? defaults.commands() : saved.commandFilter);
		statusTopic = field(form, Messages.VirtualDevice_status,
				saved == null || saved.statusTopic == null ? defaults.status() : saved.statusTopic);
		answer.addListener(SWT.Selection, e -> {
			commandFilter.setEnabled(answer.getSelection());
			statusTopic.setEnabled(answer.getSelection());
		});
		commandFilter.setEnabled(answer.getSelection());
		statusTopic.setEnabled(answer.getSelection());

		label(form, Messages.VirtualDevice_csv);
		csvFile = new Text(form, SWT.BORDER | SWT.SINGLE);
		csvFile.setMessage(Messages.VirtualDevice_csvHint);
		csvFile.setText(saved == null || saved.csvFile == null ? "" : saved.csvFile); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(csvFile);
		Button browse = new Button(form, SWT.PUSH);
		browse.setText(Messages.VirtualDevice_browse);
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.csv", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
			String chosen = dialog.open();
			if (chosen != null) {
				csvFile.setText(chosen);
			}
		});

		check = new PasswordCheck(password, passwordState, registry, client.getClientId(), right -> {
			acceptedPassword = right;
			validate();
		});
		String remembered = store.password(client.getClientId());
		if (remembered != null) {
			check.remembered(remembered);
		}
		payload.addListener(SWT.Modify, e -> validate());
		csvFile.addListener(SWT.Modify, e -> validate());
		topic.addListener(SWT.Modify, e -> validate());
		validate();
		return area;
	}

	private static Label label(Composite form, String text) {
		Label label = new Label(form, SWT.NONE);
		label.setText(text);
		return label;
	}

	private static Text field(Composite form, String label, String value) {
		label(form, label);
		Text text = new Text(form, SWT.BORDER | SWT.SINGLE);
		text.setText(value == null ? "" : value); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.VirtualDevice_start, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	/** Shows a sample payload, or what is wrong, and allows Start only with a right password and a valid device. */
	private void validate() {
		if (preview == null || preview.isDisposed()) {
			return;
		}
		String problem = null;
		try {
			settings();
			String sample = PayloadTemplate.compile(payload.getText(), client.getClientId(), null).render();
			preview.setText(NLS.bind(Messages.VirtualDevice_preview, sample.length() > 200 ? sample.substring(0, 200)
					+ '\u2026' : sample));
		} catch (IllegalArgumentException e) {
			boolean csvOnly = e.getMessage().contains("csv(") && !csvFile.getText().isBlank(); //$NON-NLS-1$
			preview.setText(csvOnly ? Messages.VirtualDevice_previewCsv : ""); //$NON-NLS-1$
			problem = csvOnly ? null : e.getMessage();
		}
		if (problem == null && acceptedPassword == null) {
			setMessage(Messages.VirtualDevice_needsPassword);
		} else {
			setMessage(Messages.VirtualDevice_message);
		}
		setErrorMessage(problem);
		Button start = getButton(IDialogConstants.OK_ID);
		if (start != null) {
			start.setEnabled(problem == null && acceptedPassword != null);
		}
		preview.getParent().layout();
	}

	private VirtualDeviceStore.Saved saved() {
		VirtualDeviceStore.Saved saved = new VirtualDeviceStore.Saved();
		saved.topic = topic.getText().strip();
		saved.payload = payload.getText();
		saved.intervalMillis = interval.getSelection() * 100L;
		saved.count = count.getSelection();
		saved.qos = qos.getSelectionIndex();
		saved.retain = retain.getSelection();
		saved.commandFilter = answer.getSelection() ? commandFilter.getText().strip() : null;
		saved.statusTopic = answer.getSelection() ? statusTopic.getText().strip() : null;
		saved.csvFile = csvFile.getText().isBlank() ? null : csvFile.getText().strip();
		return saved;
	}

	private VirtualDeviceSettings settings() {
		return VirtualDevices.settings(client.getClientId(), acceptedPassword, saved());
	}

	@Override
	protected void okPressed() {
		try {
			VirtualDeviceSettings settings = settings();
			if (settings.csvFile() != null && !settings.csvFile().toFile().isFile()) {
				setErrorMessage(NLS.bind(Messages.VirtualDevice_noCsv, settings.csvFile()));
				return;
			}
			devices.start(settings);
			store.save(client.getClientId(), saved(), acceptedPassword);
			super.okPressed();
		} catch (IllegalArgumentException | IOException e) {
			setErrorMessage(e.getMessage());
		}
	}

	/** Types a password, as a user would (tests). */
	public void typePassword(String text) {
		password.setText(text);
	}

	/** Sets the payload template (tests). */
	public void setPayload(String template) {
		payload.setText(template);
	}

	/** Sets the topic (tests). */
	public void setTopic(String text) {
		topic.setText(text);
	}

	/** Sets the interval in tenths of a second (tests). */
	public void setIntervalTenths(int tenths) {
		interval.setSelection(tenths);
	}

	/** Sets how many messages it sends before it stops; 0 for until stopped (tests). */
	public void setCount(int messages) {
		count.setSelection(messages);
	}

	/** What the preview shows (tests). */
	public String preview() {
		return preview.getText();
	}

	/** Whether Start can be pressed now (tests). */
	public boolean canStart() {
		Button start = getButton(IDialogConstants.OK_ID);
		return start != null && start.isEnabled();
	}

	/** Presses Start (tests). */
	public void start() {
		okPressed();
	}
}
