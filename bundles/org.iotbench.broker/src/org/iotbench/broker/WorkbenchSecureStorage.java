package org.iotbench.broker;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.iotbench.core.DataLocation;

/**
 * The workbench's own Eclipse Secure Storage: the passwords of remote projects and of the broker's PKCS#12 file. It is
 * the file {@value #FILE} in the data folder, encrypted with a random key kept beside it in {@value #KEY_FILE},
 * readable by its owner only; so saving a password never asks for a "master password" (Eclipse's default storage does
 * on Linux without a keyring, and a cancelled prompt lost the password). Anyone who can read the user's files can read
 * the key too: this protects against other users of the computer and against passwords in clear text in backups of
 * the project files, as an SSH key without a passphrase does.
 */
public final class WorkbenchSecureStorage {

	public static final String FILE = "secure_storage"; //$NON-NLS-1$
	public static final String KEY_FILE = "secure_storage.key"; //$NON-NLS-1$
	private static final int KEY_BYTES = 32;

	private static ISecurePreferences open;
	private static Path openRoot;

	private WorkbenchSecureStorage() {
	}

	/** The storage of the current data folder, opened once. */
	public static synchronized ISecurePreferences open() throws IOException {
		Path root = DataLocation.current().root().toAbsolutePath();
		if (open != null && root.equals(openRoot)) {
			return open;
		}
		Files.createDirectories(root);
		char[] key = key(root.resolve(KEY_FILE));
		Map<Object, Object> options = new HashMap<>();
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(key));
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		open = SecurePreferencesFactory.open(root.resolve(FILE).toUri().toURL(), options);
		if (open == null) {
			throw new IOException("Eclipse Secure Storage could not open " + root.resolve(FILE)); //$NON-NLS-1$
		}
		openRoot = root;
		return open;
	}

	/** Reads the key, or makes one (owner-only from its first byte, and atomically: never half a key). */
	private static char[] key(Path file) throws IOException {
		if (!Files.exists(file)) {
			byte[] random = new byte[KEY_BYTES];
			new SecureRandom().nextBytes(random);
			Path temporary = ownerOnlyTemporary(file);
			try {
				Files.writeString(temporary, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII);
				try {
					Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
				} catch (FileAlreadyExistsException e) {
					// another process made it meanwhile: use that one
				}
			} finally {
				Files.deleteIfExists(temporary);
			}
		}
		String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
		if (text.isEmpty()) {
			throw new IOException("The key of the secure storage, " + file + ", is empty"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text.toCharArray();
	}

	private static Path ownerOnlyTemporary(Path file) throws IOException {
		try {
			return Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp", //$NON-NLS-1$ //$NON-NLS-2$
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))); //$NON-NLS-1$
		} catch (UnsupportedOperationException e) {
			// Windows: files in the user's profile are the user's
			return Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
