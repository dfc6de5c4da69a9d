package org.iotbench.projects.core.internal;

import java.util.Base64;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.iotbench.broker.WorkbenchSecureStorage;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.projects.core.Secrets;

/**
 * Passwords in Eclipse Secure Storage, under {@code /org.iotbench/projects/<key>} (or another node): by default the workbench's own
 * storage in the data folder ({@link WorkbenchSecureStorage}), which never prompts for a master password.
 */
public final class SecureStorageSecrets implements Secrets {

	private static final String PROJECTS = "/org.iotbench/projects"; //$NON-NLS-1$
	/** The node of the virtual devices' passwords. */
	public static final String VIRTUAL_DEVICES = "/org.iotbench/virtual-devices"; //$NON-NLS-1$
	private static final String PASSWORD = "password"; //$NON-NLS-1$

	private final ISecurePreferences root;
	/** The absolute node the passwords are kept under. */
	private final String nodePath;
	/** Why the storage could not be opened, if it could not. */
	private final String unavailable;

	/** The workbench's secure storage; passwords cannot be kept (and saving one says why) if it cannot be opened. */
	public SecureStorageSecrets() {
		this(PROJECTS);
	}

	/** The workbench's secure storage, the passwords under another node, such as {@link #VIRTUAL_DEVICES}. */
	public SecureStorageSecrets(String nodePath) {
		this.nodePath = nodePath;
		ISecurePreferences opened = null;
		String problem = null;
		try {
			opened = WorkbenchSecureStorage.open();
		} catch (java.io.IOException e) {
			problem = e.getMessage();
		}
		this.root = opened;
		this.unavailable = problem;
	}

	public SecureStorageSecrets(ISecurePreferences root) {
		this.nodePath = PROJECTS;
		this.root = root;
		this.unavailable = null;
	}

	private ISecurePreferences node(String key) {
		return root.node(nodePath).node(encode(key));
	}

	/** Node names may not contain '/': encode the key. */
	private static String encode(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public char[] password(String key) throws ProjectException {
		if (root == null) {
			return null;
		}
		try {
			String path = nodePath.substring(1) + '/' + encode(key);
			if (!root.nodeExists(path)) {
				return null;
			}
			String value = node(key).get(PASSWORD, null);
			return value == null ? null : value.toCharArray();
		} catch (StorageException e) {
			throw new ProjectException(NLS.bind(Messages.Secrets_notRead, e.getMessage()), e);
		}
	}

	@Override
	public void setPassword(String key, char[] password) throws ProjectException {
		if (root == null) {
			if (password == null || password.length == 0) {
				return; // nothing stored, nothing to remove
			}
			throw new ProjectException(Messages.Secrets_unavailable + (unavailable == null ? "" : " " + unavailable)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try {
			if (password == null || password.length == 0) {
				if (!root.nodeExists(nodePath.substring(1) + '/' + encode(key))) {
					return;
				}
				node(key).removeNode();
			} else {
				node(key).put(PASSWORD, new String(password), true);
			}
			root.flush();
		} catch (StorageException | java.io.IOException e) {
			throw new ProjectException(NLS.bind(Messages.Secrets_notSaved, e.getMessage()), e);
		}
	}
}
