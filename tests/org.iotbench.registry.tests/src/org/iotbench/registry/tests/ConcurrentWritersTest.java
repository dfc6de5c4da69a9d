package org.iotbench.registry.tests;

import static org.iotbench.registry.tests.RegistryFolder.ids;
import static org.iotbench.registry.tests.RegistryFolder.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.iotbench.clients.RegisteredClient;
import org.iotbench.registry.Verdict;
import org.iotbench.registry.internal.LocalClientRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several writers of one registry file at once (the workbench or headless broker, and {@code iotbench clients}
 * commands in other processes): no acknowledged change is ever lost.
 */
class ConcurrentWritersTest {

	@TempDir
	Path folder;
	private RegistryFolder data;

	@BeforeEach
	void open() {
		data = new RegistryFolder(folder);
	}

	@AfterEach
	void close() {
		data.close();
	}

	@Test
	void addsFromTwoProcessesAtOnceAreAllKept() throws Exception {
		Process first = SeparateProcesses.writer(data.file, "a-", 25);
		Process second = SeparateProcesses.writer(data.file, "b-", 25);
		String firstOutput = finish(first);
		String secondOutput = finish(second);
		assertEquals(0, first.exitValue(), firstOutput);
		assertEquals(0, second.exitValue(), secondOutput);

		List<String> kept = ids(data.open());
		assertEquals(50, kept.size(), "every add both processes reported: " + kept);
	}

	@Test
	void aRunningBrokersLastSeenSaveKeepsWhatAnotherProcessChanged() throws Exception {
		LocalClientRegistry broker = data.open();
		broker.register("Desk ESP32", "clientA", "pwd-A".toCharArray(), "");
		broker.register("Shelf ESP32", "clientB", "pwd-B".toCharArray(), "");
		broker.markOnline("clientA", "10.0.0.5:41000");
		broker.markOffline("clientA"); // its last-seen time is saved about 2 s later

		LocalClientRegistry commandLine = data.open();
		commandLine.register("Greenhouse", "sensor-2", "pwd-2".toCharArray(), "");
		commandLine.setEnabled("clientB", false);
		commandLine.setPassword("clientA", "new-A".toCharArray());
		broker.close(); // saves the pending last-seen time now

		LocalClientRegistry later = data.open();
		assertEquals(List.of("clientA", "clientB", "sensor-2"), ids(later), "the added client is still there");
		assertFalse(later.find("clientB").orElseThrow().isEnabled(), "the disable is not undone");
		assertEquals(Verdict.WRONG_PASSWORD, later.verify("clientA", utf8("pwd-A")), "the old password stays revoked");
		assertEquals(Verdict.ACCEPTED, later.verify("clientA", utf8("new-A")));
		assertNotNull(later.find("clientA").orElseThrow().getLastSeen(), "and the last-seen time is saved too");
	}

	@Test
	void aChangeFromAnotherProcessReachesTheModelWithoutAConnect() throws Exception {
		LocalClientRegistry broker = data.open();
		broker.register("Desk ESP32", "clientA", "pwd-A".toCharArray(), "");
		RegisteredClient seen = broker.find("clientA").orElseThrow();

		LocalClientRegistry commandLine = data.open();
		commandLine.setEnabled("clientA", false);
		commandLine.register("Greenhouse", "sensor-2", "pwd-2".toCharArray(), "");

		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
		while ((seen.isEnabled() || broker.find("sensor-2").isEmpty()) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertFalse(seen.isEnabled(), "the broker's model shows the disable within 2 s (it drops the device then)");
		assertTrue(broker.find("sensor-2").isPresent(), "and the new client");
	}

	@Test
	void aKilledWriterLeavesAFileThatLoadsAndALockThatIsFree() throws Exception {
		Process writer = SeparateProcesses.writer(data.file, "k-", 2_000);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!data.file.toFile().exists() && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		Thread.sleep(300); // in the middle of its adds
		writer.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

		LocalClientRegistry after = data.open();
		assertTrue(after.loadProblem().isEmpty(), () -> after.loadProblem().get().message());
		int kept = after.registry().getClients().size();
		assertTrue(kept > 0, "the adds made before the kill are kept");
		after.register("After", "after-kill", "pwd".toCharArray(), ""); // would wait forever if the lock were held
		assertEquals(kept + 1, ids(data.open()).size());
	}

	private static String finish(Process process) throws Exception {
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the writer process did not finish in 120 s");
		}
		return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}
}
