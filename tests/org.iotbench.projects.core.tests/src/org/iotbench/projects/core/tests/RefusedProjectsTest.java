package org.iotbench.projects.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.iotbench.projects.Project;
import org.iotbench.projects.TlsTrust;
import org.iotbench.projects.Transport;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.projects.core.internal.LocalProjectService;
import org.iotbench.sessions.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Projects the service refuses, each with one problem in words that names what is wrong; nothing is saved, neither
 * in the projects file nor in secure storage.
 */
class RefusedProjectsTest {

	private static final String PASSWORD = "refused-" + System.nanoTime();

	@TempDir
	Path folder;
	private Workbench workbench;
	private LocalProjectService service;

	@BeforeEach
	void open() throws Exception {
		workbench = new Workbench(folder);
		service = workbench.open();
		service.add(Samples.local(service, "Greenhouse"), null);
	}

	@AfterEach
	void close() throws Exception {
		if (workbench != null) {
			workbench.close();
		}
	}

	/** A remote project the service accepts; each test breaks one thing in it. */
	private Project remote() {
		Project project = service.newRemoteProject();
		project.setName("Office broker");
		project.getConnection().setHost("broker.example.org");
		return project;
	}

	private List<String> names() {
		return service.registry().getProjects().stream().map(Project::getName).toList();
	}

	/** Adds a project that must be refused with one problem naming the given words. */
	private String refusedToAdd(Project candidate, String... words) throws Exception {
		List<String> problems = service.problems(candidate, null);
		assertEquals(1, problems.size(), "exactly the broken field is reported: " + problems);
		String message = refused(() -> service.add(candidate, PASSWORD.toCharArray()));
		assertEquals(problems.get(0), message);
		for (String word : words) {
			assertTrue(message.contains(word), "\"" + word + "\" is named in: " + message);
		}
		assertNull(workbench.secrets.password(candidate.getId()), "the password was not stored either");
		return message;
	}

	/** Runs a change that must be refused; checks that nothing changed, in memory or on disk. */
	private String refused(Executable change) throws Exception {
		byte[] before = workbench.bytes();
		FileTime stamp = Files.getLastModifiedTime(workbench.file);
		List<String> names = names();
		ProjectException refusal = assertThrows(ProjectException.class, change);
		assertArrayEquals(before, workbench.bytes(), "nothing was saved");
		assertEquals(stamp, Files.getLastModifiedTime(workbench.file), "the file was not rewritten");
		assertEquals(List.of(LocalProjectService.FILE_NAME), workbench.fileNames().stream()
				.filter(name -> !name.equals(LocalProjectService.HISTORY_FOLDER)).toList(), "no file was left behind");
		assertEquals(names, names(), "the projects are as they were");
		assertTrue(refusal.getMessage() != null && !refusal.getMessage().isBlank());
		return refusal.getMessage();
	}

	@Test
	void theUnbrokenRemoteProjectIsAccepted() {
		assertEquals(List.of(), service.problems(remote(), null));
	}

	@Test
	void aProjectNeedsAName() throws Exception {
		Project empty = service.newLocalProject();
		empty.setName("");
		assertEquals("The project needs a name.", refusedToAdd(empty));
		Project blank = service.newLocalProject();
		blank.setName("   ");
		refusedToAdd(blank, "name");
	}

	@Test
	void aNameInUseIsRefusedWhateverItsCase() throws Exception {
		Project clash = service.newLocalProject();
		clash.setName("gREENHOUSE ");
		refusedToAdd(clash, "\"gREENHOUSE\"", "exists already");

		Project office = remote();
		service.add(office, PASSWORD.toCharArray());
		Project renamed = EcoreUtil.copy(office);
		renamed.setName("greenhouse");
		String message = refused(() -> service.replace(office, renamed, "other".toCharArray()));
		assertTrue(message.contains("\"greenhouse\"") && message.contains("exists already"), message);
		assertSame(office, service.registry().getProjects().get(1), "the edited copy did not replace the project");
		assertArrayEquals(PASSWORD.toCharArray(), service.password(office), "nor its password");
	}

	@Test
	void aRemoteProjectNeedsAHost() throws Exception {
		Project project = remote();
		project.getConnection().setHost(" ");
		refusedToAdd(project, "host name or IP address");
	}

	@Test
	void aUrlTypedAsHostIsRefused() throws Exception {
		Project project = remote();
		project.getConnection().setHost("tcp://x");
		refusedToAdd(project, "not a URL", "\"tcp://x\"");
	}

	@Test
	void portsOutsideOneTo65535AreRefused() throws Exception {
		Project zero = remote();
		zero.getConnection().setPort(0);
		refusedToAdd(zero, "between 1 and 65535", "not 0");
		Project tooLarge = remote();
		tooLarge.getConnection().setPort(70_000);
		refusedToAdd(tooLarge, "between 1 and 65535", "not 70000");
	}

	@Test
	void aRemoteProjectNeedsAClientId() throws Exception {
		Project empty = remote();
		empty.getConnection().setClientId("");
		refusedToAdd(empty, "client ID");
		Project blank = remote();
		blank.getConnection().setClientId("  ");
		refusedToAdd(blank, "client ID");
	}

	@Test
	void aWillTopicWithAWildcardIsRefused() throws Exception {
		Project project = remote();
		project.getConnection().setWillTopic("a/+");
		project.getConnection().setWillPayload("offline");
		refusedToAdd(project, "Last will", "\"a/+\"", "wildcards");
	}

	@Test
	void aMissingCaFileIsRefusedNamingIt() throws Exception {
		Path missing = folder.resolve("certificates").resolve("missing-ca.pem");
		Project project = remote();
		project.getConnection().setTransport(Transport.TLS);
		project.getConnection().setPort(8883);
		project.getConnection().setTlsTrust(TlsTrust.CA_FILE);
		project.getConnection().setCaFile(missing.toString());
		refusedToAdd(project, "CA certificate", missing.toString());
	}

	@Test
	void anInvalidSubscriptionFilterIsRefusedNamingIt() throws Exception {
		Project project = service.newLocalProject();
		project.getSubscriptions().add(Samples.subscription("sensors/+", 0, "#000000", null));
		project.getSubscriptions().add(Samples.subscription("a/#/b", 0, "#000000", null));
		refusedToAdd(project, "\"a/#/b\"", "#");
	}

	@Test
	void anInvalidEditIsRefusedAndTheProjectKeepsItsSession() throws Exception {
		Project office = remote();
		service.add(office, PASSWORD.toCharArray());
		Session session = service.session(office);
		Project edited = EcoreUtil.copy(office);
		edited.getConnection().setPort(0);
		String message = refused(() -> service.replace(office, edited, "other".toCharArray()));

		assertTrue(message.contains("not 0"), message);
		assertEquals(1883, service.registry().getProjects().get(1).getConnection().getPort());
		assertArrayEquals(PASSWORD.toCharArray(), service.password(office), "the password is unchanged");
		assertSame(session, service.openSession(office).orElseThrow(), "the project's session stays open");
	}
}
