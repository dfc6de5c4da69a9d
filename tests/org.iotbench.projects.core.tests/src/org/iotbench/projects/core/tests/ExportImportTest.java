package org.iotbench.projects.core.tests;

import static org.iotbench.projects.core.tests.ProjectPersistenceTest.subscriptions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectKind;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.projects.core.internal.LocalProjectService;
import org.iotbench.registry.internal.LocalClientRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Projects exported to a file and imported into another workbench; files that hold no projects are refused. */
class ExportImportTest {

	@TempDir
	Path folder;
	private Workbench workbench;
	private LocalProjectService service;
	private Project greenhouse;
	private Project office;
	private Path exported;
	/** The projects file of another workbench, which imports. */
	private Path otherFile;

	@BeforeEach
	void open() throws Exception {
		workbench = new Workbench(folder);
		service = workbench.open();
		greenhouse = Samples.local(service, "Greenhouse");
		service.add(greenhouse, null);
		Path caFile = Files.writeString(folder.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
		office = Samples.remote(service, "Office broker", caFile);
		service.add(office, Samples.REMOTE_PASSWORD.toCharArray());
		exported = folder.resolve("exchange").resolve("greenhouse and office.xmi");
		otherFile = Files.createDirectories(folder.resolve("other")).resolve(LocalProjectService.FILE_NAME);
	}

	@AfterEach
	void close() throws Exception {
		if (workbench != null) {
			workbench.close();
		}
	}

	private static List<String> names(LocalProjectService of) {
		return of.registry().getProjects().stream().map(Project::getName).toList();
	}

	@Test
	void exportedProjectsAppearInAnotherWorkbenchWithoutTheirPassword() throws Exception {
		service.export(List.of(greenhouse, office), exported);

		assertFalse(Files.readString(exported, StandardCharsets.UTF_8).contains(Samples.REMOTE_PASSWORD),
				"passwords are not exported");
		LocalProjectService other = workbench.open(otherFile);
		List<Project> imported = other.importFrom(exported);

		assertEquals(List.of("Greenhouse", "Office broker"), imported.stream().map(Project::getName).toList());
		assertEquals(List.of("Greenhouse", "Office broker"), names(other));
		assertEquals(List.of(ProjectKind.LOCAL, ProjectKind.REMOTE), imported.stream().map(Project::getKind).toList());
		assertEquals(subscriptions(greenhouse), subscriptions(imported.get(0)));
		assertEquals(subscriptions(office), subscriptions(imported.get(1)));
		assertEquals("broker.example.org", imported.get(1).getConnection().getHost());
		assertEquals(office.getConnection().getClientId(), imported.get(1).getConnection().getClientId());
		assertNull(other.password(imported.get(1)), "the password is typed again after an import");
		assertArrayEquals(Samples.REMOTE_PASSWORD.toCharArray(), service.password(office),
				"the exporting project keeps its own");

		assertEquals(List.of("Greenhouse", "Office broker"), names(workbench.open(otherFile)), "the import was saved");
	}

	@Test
	void importingAgainGivesUniqueNames() throws Exception {
		service.export(List.of(greenhouse, office), exported);
		LocalProjectService other = workbench.open(otherFile);
		other.importFrom(exported);

		List<Project> again = other.importFrom(exported);

		assertEquals(List.of("Greenhouse 2", "Office broker 2"), again.stream().map(Project::getName).toList());
		List<String> names = names(other);
		assertEquals(4, names.size());
		assertEquals(4, names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().count(), names.toString());
		assertEquals(4, other.registry().getProjects().stream().map(Project::getId).distinct().count(),
				"every project has an id of its own");
		assertEquals(names, names(workbench.open(otherFile)));
	}

	@Test
	void importingIntoTheExportingWorkbenchAddsCopies() throws Exception {
		service.export(List.of(greenhouse), exported);

		List<Project> imported = service.importFrom(exported);

		assertEquals(List.of("Greenhouse 2"), imported.stream().map(Project::getName).toList());
		assertEquals(List.of("Greenhouse", "Office broker", "Greenhouse 2"), names(service));
	}

	@Test
	void aFileThatHoldsNoProjectsIsRefusedNamingIt() throws Exception {
		Path notes = Files.writeString(folder.resolve("notes.txt"), "Greenhouse: check the fan on Monday\n");
		Path clients = Workbench.filesBelow(folder.resolve("clients")).stream()
				.filter(p -> p.getFileName().toString().equals(LocalClientRegistry.FILE_NAME)).findFirst()
				.orElseThrow();
		byte[] before = workbench.bytes();

		for (Path wrong : List.of(notes, clients)) {
			ProjectException refusal = assertThrows(ProjectException.class, () -> service.importFrom(wrong),
					wrong.toString());
			assertTrue(refusal.getMessage().contains(wrong.toString()), "names the file: " + refusal.getMessage());
		}

		assertEquals(List.of("Greenhouse", "Office broker"), names(service), "nothing was added");
		assertArrayEquals(before, workbench.bytes(), "nothing was saved");
	}
}
