package org.iotbench.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.iotbench.broker.BrokerPreferences;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.ui.internal.BrokerJobs;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;

/** Port, bind address, anonymous clients and start-up of the local broker. */
public final class BrokerPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

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
		IntegerFieldEditor port = new IntegerFieldEditor(BrokerPreferences.PORT, Messages.Preferences_port,
				getFieldEditorParent());
		port.setValidRange(1, 65535);
		port.setErrorMessage(Messages.Preferences_portError);
		addField(port);
		addField(new BindAddressFieldEditor(BrokerPreferences.BIND_ADDRESS, Messages.Preferences_bindAddress,
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(BrokerPreferences.ALLOW_ANONYMOUS, Messages.Preferences_allowAnonymous,
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(BrokerPreferences.START_WITH_WORKBENCH, Messages.Preferences_startWithWorkbench,
				getFieldEditorParent()));
	}

	@Override
	public boolean performOk() {
		BrokerSettings before = BrokerPreferences.load();
		boolean ok = super.performOk();
		BrokerSettings after = BrokerPreferences.load();
		if (ok && !before.equals(after) && Services.broker().status().running()
				&& MessageDialog.openQuestion(getShell(), Messages.Preferences_restartTitle,
						Messages.Preferences_restartQuestion)) {
			BrokerJobs.restart().schedule();
		}
		return ok;
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
