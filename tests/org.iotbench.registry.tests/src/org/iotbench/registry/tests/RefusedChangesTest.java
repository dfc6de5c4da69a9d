package org.iotbench.registry.tests;

import static org.iotbench.registry.tests.RegistryFolder.ids;
import static org.iotbench.registry.tests.RegistryFolder.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.iotbench.registry.RegistryException;
import org.iotbench.registry.Verdict;
import org.iotbench.registry.internal.LocalClientRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Changes the registry refuses, with a message for the user, and without touching the file. */
class RefusedChangesTest {

	@TempDir
	Path folder;
	private RegistryFolder data;
	private LocalClientRegistry registry;

	@BeforeEach
	void open() throws Exception {
		data = new RegistryFolder(folder);
		registry = data.open();
		registry.register("Desk ESP32", "clientA", "pwd".toCharArray(), "on the desk");
	}

	@AfterEach
	void close() {
		data.close();
	}

	/** Runs a change that must be refused; checks that the file is as it was. */
	private RegistryException refused(Executable change) throws Exception {
		byte[] before = data.bytes();
		FileTime stamp = Files.getLastModifiedTime(data.file);
		RegistryException refusal = assertThrows(RegistryException.class, change);
		assertArrayEquals(before, data.bytes(), "nothing was saved");
		assertEquals(stamp, Files.getLastModifiedTime(data.file), "the file was not rewritten");
		assertEquals(List.of(LocalClientRegistry.FILE_NAME), data.fileNames());
		assertFalse(refusal.getMessage().isBlank());
		return refusal;
	}

	@Test
	void duplicateIdIsRefusedAndTheRegisteredClientKeepsItsPassword() throws Exception {
		RegistryException refusal = refused(
				() -> registry.register("Intruder", "clientA", "taken over".toCharArray(), ""));
		assertTrue(refusal.getMessage().contains("\"clientA\""), refusal.getMessage());

		assertEquals(List.of("clientA"), ids(registry));
		assertEquals("Desk ESP32", registry.find("clientA").orElseThrow().getName());
		assertEquals(Verdict.ACCEPTED, registry.verify("clientA", utf8("pwd")));
		assertEquals(Verdict.WRONG_PASSWORD, registry.verify("clientA", utf8("taken over")));
	}

	@Test
	void emptyIdIsRefused() throws Exception {
		RegistryException refusal = refused(() -> registry.register("Nameless", "", "pwd".toCharArray(), ""));
		assertTrue(refusal.getMessage().contains("empty"), refusal.getMessage());
		refused(() -> registry.register("Nameless", null, "pwd".toCharArray(), ""));
		assertEquals(List.of("clientA"), ids(registry));
	}

	@Test
	void idsWithSpacesOrControlCharactersAreRefused() throws Exception {
		RegistryException refusal = refused(
				() -> registry.register("Kitchen", "kitchen esp32", "pwd".toCharArray(), ""));
		assertTrue(refusal.getMessage().contains("\"kitchen esp32\""), refusal.getMessage());
		refused(() -> registry.register("Kitchen", " kitchen", "pwd".toCharArray(), ""));
		refused(() -> registry.register("Kitchen", "kitchen\t2", "pwd".toCharArray(), ""));
		refused(() -> registry.register("Kitchen", "kitchen\n", "pwd".toCharArray(), ""));
		refused(() -> registry.register("Kitchen", "kitchen\u0000", "pwd".toCharArray(), ""));
		assertEquals(List.of("clientA"), ids(registry));
	}

	@Test
	void emptyPasswordIsRefused() throws Exception {
		RegistryException refusal = refused(() -> registry.register("Kitchen", "kitchen", new char[0], ""));
		assertTrue(refusal.getMessage().contains("password"), refusal.getMessage());
		refused(() -> registry.register("Kitchen", "kitchen", "   ".toCharArray(), ""));
		refused(() -> registry.register("Kitchen", "kitchen", null, ""));
		refused(() -> registry.setPassword("clientA", new char[0]));
		assertEquals(List.of("clientA"), ids(registry));
		assertEquals(Verdict.ACCEPTED, registry.verify("clientA", utf8("pwd")), "the old password still works");
	}

	@Test
	void changesToAnUnknownClientAreRefusedNamingIt() throws Exception {
		for (Executable change : List.<Executable>of(() -> registry.setEnabled("ghost", false),
				() -> registry.remove("ghost"), () -> registry.update("ghost", "Ghost", ""),
				() -> registry.setPassword("ghost", "pwd".toCharArray()))) {
			RegistryException refusal = refused(change);
			assertTrue(refusal.getMessage().contains("\"ghost\""), refusal.getMessage());
		}
	}

	@Test
	void aRefusedFirstChangeCreatesNoFile() throws Exception {
		Path empty = Files.createDirectory(folder.resolve("fresh"));
		try (RegistryFolder fresh = new RegistryFolder(empty)) {
			LocalClientRegistry first = fresh.open();
			assertThrows(RegistryException.class,
					() -> first.register("Kitchen", "kitchen esp32", "pwd".toCharArray(), ""));
			assertThrows(RegistryException.class, () -> first.register("Kitchen", "kitchen", new char[0], ""));
			assertEquals(List.of(), fresh.fileNames());
		}
	}
}
