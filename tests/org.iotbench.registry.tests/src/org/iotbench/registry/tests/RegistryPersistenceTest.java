package org.iotbench.registry.tests;

import static org.iotbench.registry.tests.RegistryFolder.ids;
import static org.iotbench.registry.tests.RegistryFolder.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.iotbench.clients.RegisteredClient;
import org.iotbench.registry.PasswordHasher;
import org.iotbench.registry.Verdict;
import org.iotbench.registry.internal.LocalClientRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the registry keeps in its file, and what it must never write there. */
class RegistryPersistenceTest {

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
	void clientsSurviveClosingAndOpeningTheRegistryAgain() throws Exception {
		LocalClientRegistry before = data.open();
		before.register("Küche ESP32", "clientA", "pwd-A".toCharArray(), "on the shelf, firmware 1.2");
		before.register("Greenhouse", "sensor-2", "pwd-2".toCharArray(), "soil <north> & \"east\" bed");
		before.markOnline("clientA", "192.168.1.23:50123");
		before.setEnabled("sensor-2", false); // saved while clientA is online
		RegisteredClient clientA = before.find("clientA").orElseThrow();
		Date createdA = clientA.getCreated();
		Date lastSeenA = clientA.getLastSeen();
		Date createdSensor = before.find("sensor-2").orElseThrow().getCreated();
		assertNotNull(createdA);
		before.close();

		// Raising the iteration count in a later release must not lock out devices registered before.
		LocalClientRegistry after = data.open(new PasswordHasher(RegistryFolder.TEST_ITERATIONS * 2));
		assertTrue(after.loadProblem().isEmpty(), () -> after.loadProblem().get().message());
		assertEquals(List.of("clientA", "sensor-2"), ids(after), "same clients, in the same order");

		RegisteredClient a = after.find("clientA").orElseThrow();
		assertEquals("Küche ESP32", a.getName());
		assertEquals("on the shelf, firmware 1.2", a.getDescription());
		assertTrue(a.isEnabled());
		assertEquals(createdA, a.getCreated());
		assertEquals(lastSeenA, a.getLastSeen());
		assertFalse(a.isOnline(), "online is runtime state");
		assertNull(a.getAddress(), "the address is runtime state");
		assertFalse(data.text().contains("192.168.1.23"), "the device's address is not written:\n" + data.text());

		RegisteredClient sensor = after.find("sensor-2").orElseThrow();
		assertEquals("Greenhouse", sensor.getName());
		assertEquals("soil <north> & \"east\" bed", sensor.getDescription());
		assertFalse(sensor.isEnabled());
		assertEquals(createdSensor, sensor.getCreated());

		assertEquals(Verdict.ACCEPTED, after.verify("clientA", utf8("pwd-A")));
		assertEquals(Verdict.WRONG_PASSWORD, after.verify("clientA", utf8("pwd-a")));
		assertEquals(Verdict.WRONG_PASSWORD, after.verify("clientA", utf8("pwd-2")),
				"each client has its own password");
		assertEquals(Verdict.DISABLED, after.verify("sensor-2", utf8("pwd-2")));
		after.setEnabled("sensor-2", true);
		assertEquals(Verdict.ACCEPTED, after.verify("sensor-2", utf8("pwd-2")));
	}

	@Test
	void noClearTextPasswordIsWrittenAnywhere() throws Exception {
		String first = "Tr0ub4dor&3-unique";
		String second = "c0rrect-h0rse&battery-staple";
		LocalClientRegistry registry = data.open();
		registry.register("Desk ESP32", "clientA", first.toCharArray(), "");
		registry.register("Laptop", "watcher", "another one".toCharArray(), "");
		List<String> scanned = scanFor(first);
		assertTrue(scanned.contains(LocalClientRegistry.FILE_NAME), "the registry was written: " + scanned);

		// every other way the registry writes: a new password, last-seen times saved late and on close
		registry.setPassword("clientA", second.toCharArray());
		registry.markOnline("clientA", "10.0.0.7:50123");
		registry.markOffline("clientA");
		registry.close();
		scanFor(first);
		scanFor(second);

		LocalClientRegistry reopened = data.open();
		String stored = reopened.find("clientA").orElseThrow().getPasswordHash();
		assertTrue(stored.startsWith("pbkdf2-sha256$"), stored);
		assertTrue(data.text().contains(stored), "the file holds the hash");
		assertTrue(new PasswordHasher().matches(second.toCharArray(), stored));
		assertFalse(new PasswordHasher().matches(first.toCharArray(), stored), "the old password is gone");
		assertEquals(Verdict.ACCEPTED, reopened.verify("clientA", utf8(second)));
		assertEquals(Verdict.WRONG_PASSWORD, reopened.verify("clientA", utf8(first)));
	}

	/** Fails if any file under the data folder holds the password in a readable form; returns the files scanned. */
	private List<String> scanFor(String password) throws IOException {
		byte[] utf8 = password.getBytes(StandardCharsets.UTF_8);
		List<String> forms = List.of(password, password.replace("&", "&amp;"), //
				Base64.getEncoder().encodeToString(utf8), Base64.getEncoder().withoutPadding().encodeToString(utf8),
				Base64.getUrlEncoder().withoutPadding().encodeToString(utf8), HexFormat.of().formatHex(utf8));
		List<String> scanned = new ArrayList<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				scanned.add(folder.relativize(file).toString());
				byte[] content = Files.readAllBytes(file);
				for (String form : forms) {
					assertFalse(contains(content, form.getBytes(StandardCharsets.UTF_8)),
							file.getFileName() + " holds the password as " + form);
					assertFalse(contains(content, form.getBytes(StandardCharsets.UTF_16LE)),
							file.getFileName() + " holds the password in UTF-16 as " + form);
				}
			}
		}
		return scanned;
	}

	private static boolean contains(byte[] content, byte[] part) {
		outer: for (int i = 0; i + part.length <= content.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (content[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	@Test
	void savingLeavesNoTemporaryFilesBehind() throws Exception {
		LocalClientRegistry registry = data.open();
		for (int i = 1; i <= 5; i++) {
			registry.register("Device " + i, "device-" + i, ("pwd-" + i).toCharArray(), "");
		}
		registry.update("device-1", "Renamed", "moved to the attic");
		registry.setEnabled("device-2", false);
		registry.setPassword("device-3", "new".toCharArray());
		registry.remove("device-4");
		registry.markOnline("device-5", "10.0.0.9:40000");
		registry.markOffline("device-5");
		registry.close(); // saves the pending last-seen time

		assertEquals(List.of(LocalClientRegistry.FILE_NAME), data.fileNames());
		LocalClientRegistry reopened = data.open();
		assertEquals(List.of("device-1", "device-2", "device-3", "device-5"), ids(reopened), "every save landed");
		assertEquals("Renamed", reopened.find("device-1").orElseThrow().getName());
		assertNotNull(reopened.find("device-5").orElseThrow().getLastSeen(), "the last-seen time was saved on close");
	}
}
