package org.iotbench.projects.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.iotbench.projects.Project;
import org.iotbench.projects.TlsTrust;
import org.iotbench.projects.core.internal.LocalProjectService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A remote project's password lives in Eclipse Secure Storage, never in the data folder. */
class RemotePasswordTest {

	@TempDir
	Path folder;
	private Workbench workbench;
	private LocalProjectService service;
	private Project remote;

	@BeforeEach
	void open() throws Exception {
		workbench = new Workbench(folder);
		service = workbench.open();
		remote = service.newRemoteProject();
		remote.setName("Office broker");
		remote.getConnection().setHost("broker.example.org");
		remote.getConnection().setUsername("office");
		remote.getConnection().setTlsTrust(TlsTrust.SYSTEM);
		service.add(remote, Samples.REMOTE_PASSWORD.toCharArray());
	}

	@AfterEach
	void close() throws Exception {
		if (workbench != null) {
			workbench.close();
		}
	}

	/** The files below a folder that hold the password as UTF-8 text or as Base64 of it. */
	private static List<String> filesHolding(Path root, String password) throws IOException {
		byte[] utf8 = password.getBytes(StandardCharsets.UTF_8);
		List<byte[]> forms = List.of(utf8, ascii(Base64.getEncoder().encodeToString(utf8)),
				ascii(Base64.getEncoder().withoutPadding().encodeToString(utf8)),
				ascii(Base64.getUrlEncoder().withoutPadding().encodeToString(utf8)));
		List<String> holding = new ArrayList<>();
		for (Path file : Workbench.filesBelow(root)) {
			byte[] content = Files.readAllBytes(file);
			if (forms.stream().anyMatch(form -> contains(content, form))) {
				holding.add(root.relativize(file).toString());
			}
		}
		return holding;
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static boolean contains(byte[] content, byte[] form) {
		outer: for (int i = 0; i + form.length <= content.length; i++) {
			for (int j = 0; j < form.length; j++) {
				if (content[i + j] != form[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	@Test
	void thePasswordIsInSecureStorageAndNowhereInTheDataFolder() throws Exception {
		assertTrue(Workbench.filesBelow(workbench.data).contains(workbench.file), "the project was saved");
		assertTrue(workbench.text().contains("broker.example.org"), "the search looks at the real file");

		assertEquals(List.of(), filesHolding(workbench.data, Samples.REMOTE_PASSWORD));
		assertTrue(Files.isRegularFile(workbench.secureStorage), "secure storage was written");
		assertFalse(Files.readString(workbench.secureStorage, StandardCharsets.ISO_8859_1)
				.contains(Samples.REMOTE_PASSWORD), "secure storage holds it encrypted");
		assertArrayEquals(Samples.REMOTE_PASSWORD.toCharArray(), service.password(remote));
		LocalProjectService restarted = workbench.open();
		assertArrayEquals(Samples.REMOTE_PASSWORD.toCharArray(),
				restarted.password(restarted.registry().getProjects().get(0)), "and after a restart");
	}

	@Test
	void editingWithoutAPasswordKeepsItAndANewPasswordReplacesIt() throws Exception {
		Project edited = EcoreUtil.copy(remote);
		edited.getConnection().setHost("broker2.example.org");
		service.replace(remote, edited, null);

		assertArrayEquals(Samples.REMOTE_PASSWORD.toCharArray(), service.password(remote), "kept");
		assertTrue(workbench.text().contains("broker2.example.org"), "the edit was saved");

		Project again = EcoreUtil.copy(remote);
		again.setName("Office broker (new password)");
		String newPassword = "n3w-Secr\u00eat-" + System.nanoTime();
		service.replace(remote, again, newPassword.toCharArray());

		assertArrayEquals(newPassword.toCharArray(), service.password(remote), "changed");
		assertEquals(List.of(), filesHolding(workbench.data, newPassword));
		assertEquals(List.of(), filesHolding(workbench.data, Samples.REMOTE_PASSWORD));
	}

	@Test
	void removingTheProjectDeletesItsPassword() throws Exception {
		String id = remote.getId();
		service.remove(remote);

		assertNull(service.password(remote));
		assertNull(workbench.secrets.password(id), "nothing is left in secure storage under the project's id");
		assertTrue(service.registry().getProjects().isEmpty());
		assertTrue(workbench.open().registry().getProjects().isEmpty(), "and the removal was saved");
	}

	@Test
	void aLocalProjectHasNoPassword() throws Exception {
		Project local = service.newLocalProject();
		service.add(local, "ignored".toCharArray());

		assertNull(service.password(local));
		assertNull(workbench.secrets.password(local.getId()), "not kept in secure storage either");
		assertEquals(List.of(), filesHolding(workbench.data, "ignored"));
	}
}
