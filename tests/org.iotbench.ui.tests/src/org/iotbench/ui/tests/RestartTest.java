package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.XMLMemento;
import org.iotbench.projects.Project;
import org.iotbench.sessions.SessionState;
import org.iotbench.tests.support.Mosquitto;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.projects.ConnectedProjects;
import org.iotbench.ui.internal.projects.ProjectEditorInput;
import org.iotbench.ui.internal.projects.ProjectEditorInputFactory;
import org.junit.jupiter.api.Test;

/** What the workbench gives back on its next start: the open project editors and the connected remote projects. */
class RestartTest {

	@Test
	void anOpenProjectEditorIsSavedWithTheWorkbenchAndMadeAgain() throws Exception {
		Project project = Services.projects().newLocalProject();
		project.setName("Reopened " + System.nanoTime());
		Services.projects().add(project, null);
		ProjectEditorInput input = new ProjectEditorInput(project);
		IPersistableElement persistable = input.getPersistable();
		assertNotNull(persistable, "the editor's input is saved with the workbench");
		XMLMemento memento = XMLMemento.createWriteRoot("editor");
		persistable.saveState(memento);

		Object made = new ProjectEditorInputFactory().createElement(memento);
		assertEquals(input, made, "the same project's editor is opened again");
		assertSame(project, ((ProjectEditorInput) made).project());
		Services.projects().remove(project);
		assertEquals(null, new ProjectEditorInputFactory().createElement(memento), "not a deleted project's");
	}

	@Test
	void aRemoteProjectConnectedAtExitConnectsAgainOnStart() throws Exception {
		Mosquitto.assumeInstalled();
		Path folder = Files.createTempDirectory("iotbench-ui-restart");
		try (Mosquitto mosquitto = Mosquitto.start(folder)) {
			Project project = Services.projects().newRemoteProject();
			project.setName("Stays connected " + System.nanoTime());
			project.getConnection().setHost("127.0.0.1");
			project.getConnection().setPort(mosquitto.port);
			Services.projects().add(project, null);
			Services.projects().session(project).connect();
			assertTrue(UiWait.until(15, () -> state(project) == SessionState.CONNECTED), "connected");

			ConnectedProjects.remember(Services.projects()); // as at exit
			Services.projects().closeSession(project); // the workbench closes
			assertTrue(Services.projects().openSession(project).isEmpty());

			ConnectedProjects.reconnect(Services.projects()); // as at the next start
			assertTrue(UiWait.until(15, () -> state(project) == SessionState.CONNECTED), "connected again");
			Services.projects().closeSession(project);
			Services.projects().remove(project);
		}
	}

	private static SessionState state(Project project) {
		return Services.projects().openSession(project).map(s -> s.status().state()).orElse(null);
	}
}
