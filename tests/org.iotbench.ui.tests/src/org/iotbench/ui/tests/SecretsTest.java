package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.iotbench.broker.WorkbenchSecureStorage;
import org.iotbench.core.DataLocation;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Services;
import org.junit.jupiter.api.Test;

/**
 * A remote project's password is kept in the workbench's own secure storage, in the data folder, without any prompt
 * for a master password (Eclipse's default storage asks for one on Linux without a keyring, and cancelling lost the
 * password).
 */
class SecretsTest {

	@Test
	void aSavedPasswordNeedsNoPromptAndStaysInTheDataFolderEncrypted() throws Exception {
		Display display = Display.getCurrent();
		List<Shell> shellsBefore = visible(display);
		Project project = Services.projects().newRemoteProject();
		project.setName("Secret " + System.nanoTime());
		project.getConnection().setHost("127.0.0.1");
		project.getConnection().setUsername("maker");
		String secret = "s3cret-" + System.nanoTime();
		Services.projects().add(project, secret.toCharArray());
		UiWait.until(1, () -> false);
		assertEquals(shellsBefore, visible(display), "no dialog opened (a master password prompt, for instance)");

		assertArrayEquals(secret.toCharArray(), Services.projects().password(project), "the password is kept");
		Path root = DataLocation.current().root();
		Path storage = root.resolve(WorkbenchSecureStorage.FILE);
		assertTrue(Files.isRegularFile(storage), "the storage is in the data folder: " + storage);
		assertFalse(Files.readString(storage, StandardCharsets.ISO_8859_1).contains(secret), "encrypted");
		Path key = root.resolve(WorkbenchSecureStorage.KEY_FILE);
		if (Files.getFileStore(key).supportsFileAttributeView("posix")) {
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)),
					"the key is readable by its owner only");
		}
		Services.projects().remove(project);
	}

	private static List<Shell> visible(Display display) {
		List<Shell> shells = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			if (shell.isVisible()) {
				shells.add(shell);
			}
		}
		return shells;
	}
}
