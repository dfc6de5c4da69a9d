package org.iotbench.ui.internal.preferences;

import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.iotbench.broker.BrokerPreferences;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.broker.CertificateSource;
import org.iotbench.core.tls.TlsSetupException;
import org.iotbench.ui.internal.BrokerJobs;
import org.iotbench.ui.internal.HelpContexts;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;

/** Port, bind address, anonymous clients, start-up, more listeners and their certificate of the local broker. */
public final class BrokerPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	private IntegerFieldEditor port;
	private ListenerFields listeners;
	private CertificateFields certificate;

	public BrokerPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, BrokerPreferences.NODE));
		setDescription(Messages.Preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to initialise
	}

	/**
	 * The page's height at most: with the Preferences dialog's tree, title, message and buttons around it, the dialog
	 * then fits a 1366x768 screen; the fields scroll inside.
	 */
	private static final int MAX_HEIGHT = 400;

	@Override
	protected org.eclipse.swt.widgets.Control createContents(org.eclipse.swt.widgets.Composite parent) {
		HelpContexts.set(parent, HelpContexts.BROKER_PREFERENCES);
		org.eclipse.swt.custom.ScrolledComposite scrolled = new org.eclipse.swt.custom.ScrolledComposite(parent,
				org.eclipse.swt.SWT.V_SCROLL) {
			@Override
			public org.eclipse.swt.graphics.Point computeSize(int widthHint, int heightHint, boolean changed) {
				// the dialog sizes itself to its pages' preferred sizes: ask for no more than MAX_HEIGHT
				org.eclipse.swt.graphics.Point size = super.computeSize(widthHint, heightHint, changed);
				return new org.eclipse.swt.graphics.Point(size.x, Math.min(size.y, MAX_HEIGHT));
			}
		};
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		org.eclipse.swt.widgets.Control fields = super.createContents(scrolled);
		scrolled.setContent(fields);
		scrolled.addListener(org.eclipse.swt.SWT.Resize, e -> scrolled.setMinSize(
				fields.computeSize(scrolled.getClientArea().width, org.eclipse.swt.SWT.DEFAULT)));
		return scrolled;
	}

	@Override
	protected org.eclipse.swt.graphics.Point doComputeSize() {
		org.eclipse.swt.graphics.Point size = super.doComputeSize();
		return new org.eclipse.swt.graphics.Point(size.x, Math.min(size.y, MAX_HEIGHT));
	}

	/** For tests: types a port, as the user would. */
	public void typePort(String text) {
		port.setStringValue(text);
	}

	@Override
	protected void createFieldEditors() {
		port = new IntegerFieldEditor(BrokerPreferences.PORT, Messages.Preferences_port, getFieldEditorParent());
		port.setValidRange(1, 65535);
		port.setErrorMessage(Messages.Preferences_portError);
		addField(port);
		addField(new BindAddressFieldEditor(BrokerPreferences.BIND_ADDRESS, Messages.Preferences_bindAddress,
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(BrokerPreferences.ALLOW_ANONYMOUS, Messages.Preferences_allowAnonymous,
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(BrokerPreferences.START_WITH_WORKBENCH, Messages.Preferences_startWithWorkbench,
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(BrokerPreferences.PERSISTENCE, Messages.Preferences_persistence,
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(BrokerPreferences.SYSTEM_TOPICS, Messages.Preferences_systemTopics,
				getFieldEditorParent()));
		listeners = new ListenerFields(getFieldEditorParent(), this::addField);
		certificate = new CertificateFields(getFieldEditorParent(), this::addField);
	}

	@Override
	protected void adjustGridLayout() {
		super.adjustGridLayout();
		int columns = ((GridLayout) getFieldEditorParent().getLayout()).numColumns;
		listeners.layout(columns);
		certificate.layout(columns);
	}

	@Override
	protected void initialize() {
		super.initialize();
		updateEnablement();
	}

	@Override
	protected void performDefaults() {
		super.performDefaults();
		updateEnablement();
		checkState();
	}

	@Override
	public void propertyChange(PropertyChangeEvent event) {
		super.propertyChange(event);
		if (FieldEditor.VALUE.equals(event.getProperty()) || FieldEditor.IS_VALID.equals(event.getProperty())) {
			updateEnablement();
			checkState();
		}
	}

	private void updateEnablement() {
		listeners.updateEnablement();
		certificate.updateEnablement();
	}

	/** Every field, to say which one is wrong (the page greyed out Apply without a word). */
	private final List<FieldEditor> editors = new java.util.ArrayList<>();

	@Override
	protected void addField(FieldEditor editor) {
		editors.add(editor);
		super.addField(editor);
	}

	/**
	 * After the fields' own checks: ports out of range or shared, certificate files missing or unreadable. Whatever
	 * is wrong is said in the page's message area; another field's check must not clear it.
	 */
	@Override
	protected void checkState() {
		super.checkState();
		if (!isValid()) {
			editors.stream().filter(editor -> !editor.isValid()).findFirst()
					.map(editor -> editor instanceof StringFieldEditor text ? text.getErrorMessage() : null)
					.ifPresent(this::setErrorMessage);
			return;
		}
		if (listeners == null) {
			return;
		}
		List<String> problems = candidate().problems();
		setErrorMessage(problems.isEmpty() ? null : problems.get(0));
		setValid(problems.isEmpty());
	}

	/** The listeners and certificate as the fields show them; call only when every field is valid. */
	private BrokerSettings candidate() {
		return listeners.applyTo(BrokerSettings.defaults().withPort(port.getIntValue()))
				.withCertificate(certificate.source());
	}

	@Override
	public boolean performOk() {
		if (listeners.needsCertificate() && !certificate.source().generated() && !canLoad(certificate.source())) {
			return false;
		}
		BrokerSettings before = BrokerPreferences.load();
		boolean ok = super.performOk();
		BrokerSettings after = BrokerPreferences.load();
		if (!ok || before.equals(after)) {
			return ok;
		}
		String moved = movedPorts(before, after);
		if (Services.broker().status().running()) {
			if (MessageDialog.openQuestion(getShell(), Messages.Preferences_restartTitle,
					Messages.Preferences_restartQuestion + moved)) {
				BrokerJobs.restartWithPreferences().schedule();
			}
		} else if (!moved.isEmpty()) {
			MessageDialog.openInformation(getShell(), Messages.Preferences_portsChangedTitle, moved.trim());
		}
		return ok;
	}

	/**
	 * What devices must be told when a listener moves to another port (they keep trying the old one): empty when no
	 * port changed.
	 */
	static String movedPorts(BrokerSettings before, BrokerSettings after) {
		StringBuilder moved = new StringBuilder();
		for (org.iotbench.broker.Listener listener : after.listeners()) {
			int old = before.listeners().contains(listener) ? before.port(listener) : -1;
			if (old > 0 && old != after.port(listener)) {
				moved.append("\n\n").append(org.eclipse.osgi.util.NLS.bind(Messages.Preferences_portMoved, //$NON-NLS-1$
						new Object[] { listener.label(), old, after.port(listener) }));
			}
		}
		return moved.toString();
	}

	/** Reads the user's certificate and key, so that a wrong file or password is reported here, not at start. */
	private boolean canLoad(CertificateSource source) {
		try {
			source.check();
			return true;
		} catch (TlsSetupException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
	}

	/** A bind address checked as the user types: 0.0.0.0, :: or an address of this computer. */
	private static final class BindAddressFieldEditor extends StringFieldEditor {

		BindAddressFieldEditor(String name, String label, org.eclipse.swt.widgets.Composite parent) {
			super(name, label, parent);
		}

		@Override
		protected boolean doCheckState() {
			try {
				BrokerSettings.parseBindAddress(getStringValue());
				return true;
			} catch (IllegalArgumentException e) {
				setErrorMessage(e.getMessage());
				return false;
			}
		}
	}
}
