package org.iotbench.bridges.runtime;

import java.io.IOException;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.WorkbenchSecureStorage;

/**
 * The password a bridge gives its upstream, in the workbench's secure storage (encrypted), under {@value #NODE} and
 * the bridge's name: never in {@value BridgeFile#FILE_NAME}.
 */
public final class BridgePassword {

	private static final String NODE = "org.iotbench/bridges"; //$NON-NLS-1$
	private static final String KEY = "password"; //$NON-NLS-1$

	private BridgePassword() {
	}

	/** The stored password, or {@code null} if none is. */
	public static char[] read(String bridgeName) throws BridgeException {
		try {
			ISecurePreferences root = WorkbenchSecureStorage.open();
			String path = NODE + '/' + bridgeName;
			if (!root.nodeExists(path)) {
				return null;
			}
			String password = root.node(path).get(KEY, null);
			return password == null ? null : password.toCharArray();
		} catch (IOException | StorageException e) {
			throw new BridgeException(NLS.bind(Messages.Password_unreadable, bridgeName, e.getMessage()), e);
		}
	}

	/** Stores the password; {@code null} or empty removes it. */
	public static void write(String bridgeName, char[] password) throws BridgeException {
		try {
			ISecurePreferences root = WorkbenchSecureStorage.open();
			String path = NODE + '/' + bridgeName;
			if (password == null || password.length == 0) {
				if (root.nodeExists(path)) {
					root.node(path).removeNode();
				}
			} else {
				root.node(path).put(KEY, new String(password), true);
			}
			root.flush();
		} catch (IOException | StorageException e) {
			throw new BridgeException(NLS.bind(Messages.Password_notSaved, bridgeName, e.getMessage()), e);
		}
	}
}
