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
import org.iotbench.broker.internal.ServerKeys;
import org.iotbench.core.tls.TlsSetupException;
import org.iotbench.ui.internal.BrokerJobs;
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
		if (FieldEditor.VALUE.equals(event.getProperty())) {
			updateEnablement();
			checkState();
		}
	}

	private void updateEnablement() {
		listeners.updateEnablement();
		certificate.updateEnablement();
	}

	/** After the fields' own checks: ports out of range or shared, certificate files missing or unreadable. */
	@Override
	protected void checkState() {
		super.checkState();
		if (!isValid() || listeners == null) {
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
		if (ok && !before.equals(after) && Services.broker().status().running()
				&& MessageDialog.openQuestion(getShell(), Messages.Preferences_restartTitle,
						Messages.Preferences_restartQuestion)) {
			BrokerJobs.restartWithPreferences().schedule();
		}
		return ok;
	}

	/** Reads the user's certificate and key, so that a wrong file or password is reported here, not at start. */
	private boolean canLoad(CertificateSource source) {
		try {
			ServerKeys.load(source);
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
