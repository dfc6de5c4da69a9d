package org.iotbench.projects.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.iotbench.projects.Project;
import org.iotbench.projects.core.internal.LocalProjectService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duplicating a project: a saved copy with its own id, name and client ID, the same subscriptions and password. */
class DuplicateProjectTest {

	@TempDir
	Path folder;
	private Workbench workbench;
	private LocalProjectService service;

	@BeforeEach
	void open() throws Exception {
		workbench = new Workbench(folder);
		service = workbench.open();
	}

	@AfterEach
	void close() throws Exception {
		if (workbench != null) {
			workbench.close();
		}
	}

	private List<String> names(LocalProjectService of) {
		return of.registry().getProjects().stream().map(Project::getName).toList();
	}

	@Test
	void aRemoteCopyHasItsOwnIdNameAndClientIdAndTheSamePassword() throws Exception {
		Path caFile = Files.writeString(folder.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
		Project office = Samples.remote(service, "Office", caFile);
		service.add(office, Samples.REMOTE_PASSWORD.toCharArray());

		Project copy = service.duplicate(office);

		assertEquals("Office copy", copy.getName());
		assertNotEquals(office.getId(), copy.getId());
		assertNotEquals(office.getConnection().getClientId(), copy.getConnection().getClientId(),
				"two projects with one client ID would take the session from each other");
		assertEquals(ProjectPersistenceTest.subscriptions(office), ProjectPersistenceTest.subscriptions(copy));
		assertEquals(office.getConnection().getHost(), copy.getConnection().getHost());
		assertEquals(office.getConnection().getUsername(), copy.getConnection().getUsername());
		assertArrayEquals(Samples.REMOTE_PASSWORD.toCharArray(), service.password(copy));

		LocalProjectService restarted = workbench.open();
		assertEquals(List.of("Office", "Office copy"), names(restarted), "the copy was saved");
		Project copyAgain = restarted.registry().getProjects().get(1);
		assertEquals(copy.getId(), copyAgain.getId());
		assertArrayEquals(Samples.REMOTE_PASSWORD.toCharArray(), restarted.password(copyAgain));

		service.remove(copy);
		assertArrayEquals(Samples.REMOTE_PASSWORD.toCharArray(), service.password(office),
				"removing the copy leaves the original's password");
	}

	@Test
	void copiesOfALocalProjectGetUniqueNames() throws Exception {
		Project greenhouse = Samples.local(service, "Greenhouse");
		service.add(greenhouse, null);

		Project first = service.duplicate(greenhouse);
		Project second = service.duplicate(greenhouse);

		assertEquals(List.of("Greenhouse", "Greenhouse copy", "Greenhouse copy 2"), names(service));
		assertNull(first.getConnection());
		assertEquals(ProjectPersistenceTest.subscriptions(greenhouse), ProjectPersistenceTest.subscriptions(second));
		assertEquals(greenhouse.getPublishHistory().size(), second.getPublishHistory().size());
		assertTrue(greenhouse.getSubscriptions().stream().noneMatch(second.getSubscriptions()::contains),
				"the copy has subscriptions of its own: editing one does not edit the other");
	}
}
