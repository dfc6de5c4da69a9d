package org.iotbench.registry.tests;

import static org.iotbench.registry.tests.RegistryFolder.ids;
import static org.iotbench.registry.tests.RegistryFolder.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.iotbench.registry.LoadProblem;
import org.iotbench.registry.Verdict;
import org.iotbench.registry.internal.LocalClientRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry file that cannot be read is reported to the user and kept, byte for byte, where the message says; the
 * registry starts empty and never writes over it.
 */
class CorruptRegistryFileTest {

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
	void garbageIsReportedAndKept() throws Exception {
		byte[] garbage = "<<<not xmi".getBytes(StandardCharsets.UTF_8);
		Files.write(data.file, garbage);
		assertKeptAndReplaced(garbage);
	}

	@Test
	void truncatedRegistryIsReportedAndKept() throws Exception {
		LocalClientRegistry earlier = data.open();
		earlier.register("Desk ESP32", "clientA", "pwd".toCharArray(), "");
		earlier.register("Greenhouse", "sensor-2", "pwd-2".toCharArray(), "");
		earlier.close();
		byte[] whole = data.bytes();
		byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
		Files.write(data.file, truncated);
		assertKeptAndReplaced(truncated);
	}

	@Test
	void emptyFileIsReportedAndKept() throws Exception {
		Files.write(data.file, new byte[0]);
		assertKeptAndReplaced(new byte[0]);
	}

	@Test
	void wellFormedXmlThatIsNoRegistryIsReportedAndKept() throws Exception {
		byte[] other = "<?xml version=\"1.0\"?>\n<settings><port>1883</port></settings>\n"
				.getBytes(StandardCharsets.UTF_8);
		Files.write(data.file, other);
		assertKeptAndReplaced(other);
	}

	@Test
	void aSecondUnreadableFileDoesNotReplaceTheFirstOneKept() throws Exception {
		byte[] first = "<<<first broken file".getBytes(StandardCharsets.UTF_8);
		byte[] second = "<<<second broken file".getBytes(StandardCharsets.UTF_8);
		Files.write(data.file, first);
		Path firstKept = data.open().loadProblem().orElseThrow().keptAs();
		Files.write(data.file, second); // most likely within the same second as the first: same time stamp in the name
		Path secondKept = data.open().loadProblem().orElseThrow().keptAs();

		assertNotEquals(firstKept, secondKept);
		assertArrayEquals(first, Files.readAllBytes(firstKept));
		assertArrayEquals(second, Files.readAllBytes(secondKept));
	}

	private void assertKeptAndReplaced(byte[] original) throws Exception {
		LocalClientRegistry registry = data.open();
		LoadProblem problem = registry.loadProblem()
				.orElseThrow(() -> new AssertionError("an unreadable registry is reported"));
		Path file = data.file.toAbsolutePath();
		assertEquals(file, problem.file().toAbsolutePath());
		assertTrue(problem.message().contains(file.toString()), "the message names the file: " + problem.message());

		Path kept = problem.keptAs();
		assertNotNull(kept, "the file was moved aside: " + problem.message());
		assertTrue(problem.message().contains(kept.toString()), "the message says where it is: " + problem.message());
		assertEquals(file.getParent(), kept.toAbsolutePath().getParent(), "kept beside the registry");
		assertArrayEquals(original, Files.readAllBytes(kept), "kept byte for byte");
		assertTrue(ids(registry).isEmpty(), "the registry starts empty");

		registry.register("Desk ESP32", "clientB", "pwd-B".toCharArray(), "");
		assertArrayEquals(original, Files.readAllBytes(kept), "still unchanged after a save");
		assertEquals(2, data.fileNames().size(), "the new registry and the kept file: " + data.fileNames());

		LocalClientRegistry reopened = data.open();
		assertTrue(reopened.loadProblem().isEmpty(), () -> reopened.loadProblem().get().message());
		assertEquals(List.of("clientB"), ids(reopened));
		assertEquals(Verdict.ACCEPTED, reopened.verify("clientB", utf8("pwd-B")));
	}
}
