package org.iotbench.registry.tests;

import static org.iotbench.registry.tests.RegistryFolder.ids;
import static org.iotbench.registry.tests.RegistryFolder.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.iotbench.registry.Verdict;
import org.iotbench.registry.internal.LocalClientRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench and the {@code iotbench clients} command share one registry file. Two registries on the same file
 * stand for the two processes; after each write of the command line the test moves the file's time stamp on, see
 * {@link RegistryFolder#markWrittenLater()}.
 */
class AnotherProcessTest {

	@TempDir
	Path folder;
	private RegistryFolder data;
	private LocalClientRegistry workbench;
	private LocalClientRegistry commandLine;

	@BeforeEach
	void open() throws Exception {
		data = new RegistryFolder(folder);
		workbench = data.open();
		// the workbench has written the file and knows its time stamp
		workbench.register("Laptop", "watcher", "secret".toCharArray(), "");
		commandLine = data.open();
	}

	@AfterEach
	void close() {
		data.close();
	}

	@Test
	void verifySeesClientsRegisteredDisabledAndRemovedByTheCommandLine() throws Exception {
		assertEquals(Verdict.UNKNOWN_CLIENT, workbench.verify("clientB", utf8("pwd")));

		commandLine.register("Desk ESP32", "clientB", "pwd".toCharArray(), "");
		data.markWrittenLater();
		assertEquals(Verdict.ACCEPTED, workbench.verify("clientB", utf8("pwd")), "registered from the terminal");
		assertTrue(workbench.find("clientB").isPresent(), "the workbench's model shows it too");

		commandLine.setEnabled("clientB", false);
		data.markWrittenLater();
		assertEquals(Verdict.DISABLED, workbench.verify("clientB", utf8("pwd")),
				"disabled from the terminal, although the password was verified and remembered before");
		assertFalse(workbench.find("clientB").orElseThrow().isEnabled());

		commandLine.setEnabled("clientB", true);
		commandLine.setPassword("clientB", "new-pwd".toCharArray());
		data.markWrittenLater();
		assertEquals(Verdict.WRONG_PASSWORD, workbench.verify("clientB", utf8("pwd")), "the old password is revoked");
		assertEquals(Verdict.ACCEPTED, workbench.verify("clientB", utf8("new-pwd")));

		commandLine.remove("clientB");
		data.markWrittenLater();
		assertEquals(Verdict.UNKNOWN_CLIENT, workbench.verify("clientB", utf8("new-pwd")), "removed from the terminal");
		assertEquals(List.of("watcher"), ids(workbench));
	}

	@Test
	void aChangeInTheWorkbenchKeepsWhatTheCommandLineAdded() throws Exception {
		commandLine.register("Desk ESP32", "clientB", "pwd".toCharArray(), "");
		data.markWrittenLater();
		workbench.register("Greenhouse", "sensor-2", "pwd-2".toCharArray(), "");

		LocalClientRegistry later = data.open();
		assertEquals(List.of("watcher", "clientB", "sensor-2"), ids(later));
		assertEquals(Verdict.ACCEPTED, later.verify("clientB", utf8("pwd")));
	}

	@Test
	void onlineStateSurvivesAReloadFromDisk() throws Exception {
		workbench.markOnline("watcher", "10.0.0.5:41000");
		commandLine.register("Desk ESP32", "clientB", "pwd".toCharArray(), "");
		data.markWrittenLater();
		assertEquals(Verdict.ACCEPTED, workbench.verify("clientB", utf8("pwd")));

		assertTrue(workbench.find("watcher").orElseThrow().isOnline(), "a connected device stays online in the view");
		assertEquals("10.0.0.5:41000", workbench.find("watcher").orElseThrow().getAddress());
	}
}
