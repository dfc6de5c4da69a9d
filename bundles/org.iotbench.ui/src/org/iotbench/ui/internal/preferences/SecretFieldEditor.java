package org.iotbench.ui.internal.preferences;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.iotbench.broker.BrokerPreferences;
import org.iotbench.ui.internal.Messages;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The password of the PKCS#12 file, typed hidden and kept in Eclipse Secure Storage through
 * {@link BrokerPreferences#storePkcs12Password(String)}, never in the preference store.
 */
final class SecretFieldEditor extends StringFieldEditor {

	private static final char ECHO = '\u2022';

	SecretFieldEditor(String label, Composite parent) {
		super("pkcs12Password", label, parent); //$NON-NLS-1$ name only: the value is not in the preference store
		getTextControl(parent).setEchoChar(ECHO);
	}

	@Override
	protected void doLoad() {
		String password = BrokerPreferences.pkcs12Password();
		getTextControl().setText(password == null ? "" : password); //$NON-NLS-1$
	}

	@Override
	protected void doLoadDefault() {
		getTextControl().setText(""); //$NON-NLS-1$
		valueChanged();
	}

	@Override
	public void store() {
		doStore();
	}

	@Override
	protected void doStore() {
		try {
			BrokerPreferences.storePkcs12Password(getStringValue());
		} catch (BackingStoreException e) {
			MessageDialog.openError(getTextControl().getShell(), Messages.Preferences_passwordNotSavedTitle,
					e.getMessage());
		}
	}
}
