package org.iotbench.broker;

import java.io.IOException;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.prefs.BackingStoreException;

/** The password of the broker's PKCS#12 file in the workbench's secure storage, under {@value #NODE}. */
final class Pkcs12Password {

	private static final String NODE = "org.iotbench/broker"; //$NON-NLS-1$
	private static final String KEY = "pkcs12Password"; //$NON-NLS-1$

	private Pkcs12Password() {
	}

	/** The workbench's secure storage, or {@code null} when it cannot be opened. */
	private static ISecurePreferences storage() {
		try {
			return WorkbenchSecureStorage.open();
		} catch (IOException e) {
			org.slf4j.LoggerFactory.getLogger(Pkcs12Password.class).error(e.getMessage(), e);
			return null;
		}
	}

	static String read() {
		ISecurePreferences root = storage();
		if (root == null || !root.nodeExists(NODE)) {
			return null;
		}
		try {
			return root.node(NODE).get(KEY, null);
		} catch (StorageException e) {
			// Secure Storage locked or broken: the broker then reports that the file cannot be opened
			return null;
		}
	}

	static void write(String password) throws BackingStoreException {
		ISecurePreferences root = storage();
		if (root == null) {
			if (password == null || password.isEmpty()) {
				return;
			}
			throw new BackingStoreException(Messages.Password_noSecureStorage);
		}
		try {
			if (password == null || password.isEmpty()) {
				if (root.nodeExists(NODE)) {
					root.node(NODE).remove(KEY);
				}
			} else {
				root.node(NODE).put(KEY, password, true);
			}
			root.flush();
		} catch (StorageException | IOException e) {
			throw new BackingStoreException(NLS.bind(Messages.Password_notSaved, e.getMessage()), e);
		}
	}
}
