package org.iotbench.projects.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.iotbench.projects.Project;
import org.iotbench.projects.core.internal.LocalProjectService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A projects file that cannot be read is kept, byte for byte, where the message says; the service starts empty and
 * never writes over the kept file.
 */
class CorruptProjectsFileTest {

	@TempDir
	Path folder;
	private Workbench workbench;

	@BeforeEach
	void open() throws Exception {
		workbench = new Workbench(folder);
	}

	@AfterEach
	void close() throws Exception {
		if (workbench != null) {
			workbench.close();
		}
	}

	@Test
	void garbageIsReportedAndKept() throws Exception {
		assertKeptAndReplaced("<<<not xmi at all".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aTruncatedFileIsReportedAndKept() throws Exception {
		LocalProjectService earlier = workbench.open();
		earlier.add(Samples.local(earlier, "Greenhouse"), null);
		earlier.add(Samples.local(earlier, "Garage"), null);
		earlier.close();
		byte[] whole = workbench.bytes();
		assertKeptAndReplaced(Arrays.copyOf(whole, whole.length / 2));
	}

	@Test
	void wellFormedXmlThatHoldsNoProjectsIsReportedAndKept() throws Exception {
		assertKeptAndReplaced("<?xml version=\"1.0\"?>\n<settings><port>1883</port></settings>\n"
				.getBytes(StandardCharsets.UTF_8));
	}

	private void assertKeptAndReplaced(byte[] original) throws Exception {
		Files.write(workbench.file, original);

		LocalProjectService service = workbench.open();

		String problem = service.loadProblem().orElseThrow(() -> new AssertionError("an unreadable file is reported"));
		assertTrue(problem.contains(workbench.file.toAbsolutePath().toString()), "names the file: " + problem);
		List<String> files = workbench.fileNames();
		assertEquals(1, files.size(), "only the kept file: " + files);
		Path kept = workbench.data.resolve(files.get(0));
		assertTrue(files.get(0).startsWith(LocalProjectService.FILE_NAME), files.get(0));
		assertTrue(problem.contains(kept.toAbsolutePath().toString()), "says where it is: " + problem);
		assertArrayEquals(original, Files.readAllBytes(kept), "kept byte for byte");
		assertTrue(service.registry().getProjects().isEmpty(), "the service starts empty");

		Project greenhouse = Samples.local(service, "Greenhouse");
		service.add(greenhouse, null);

		assertArrayEquals(original, Files.readAllBytes(kept), "still unchanged after a save");
		assertEquals(List.of(LocalProjectService.FILE_NAME, files.get(0)).stream().sorted().toList(),
				workbench.fileNames(), "the new projects file beside the kept one");
		LocalProjectService restarted = workbench.open();
		assertTrue(restarted.loadProblem().isEmpty(), () -> restarted.loadProblem().get());
		assertEquals(List.of("Greenhouse"), restarted.registry().getProjects().stream().map(Project::getName).toList());
	}
}
