package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.iotbench.projects.Project;
import org.iotbench.projects.SavedMessage;
import org.iotbench.projects.core.internal.LocalProjectService;
import org.iotbench.tests.support.Device;
import org.iotbench.ui.internal.Perspective;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.projects.ProjectEditor;
import org.iotbench.ui.internal.projects.ProjectEditorInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Saved messages and repeated publishing in a project editor: a saved message is kept with the project (it is in
 * the file a restart reads) and publishes with one click; a repetition sends exactly the count asked for, and stops
 * when told.
 */
class SavedMessagesTest {

	@BeforeAll
	static void brokerRuns() throws Exception {
		LocalBroker.ensureRunning();
	}

	private static ProjectEditor open(Project project) throws Exception {
		var window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(Perspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		return (ProjectEditor) page.openEditor(new ProjectEditorInput(project), ProjectEditor.ID);
	}

	private static Project newProject(String name) throws Exception {
		Project project = Services.projects().newLocalProject();
		project.setName(name + " " + System.nanoTime());
		Services.projects().add(project, null);
		return project;
	}

	private static Device watcher(String topics) throws Exception {
		String id = "saved-watch-" + System.nanoTime() % 1_000_000;
		Services.registry().register(null, id, "w".toCharArray(), null);
		Device watcher = new Device(Services.broker().status().settings().port(), id);
		watcher.connect("w");
		watcher.client.subscribe(topics, 1);
		return watcher;
	}

	@Test
	void aSavedMessageIsKeptWithTheProjectAndPublishesWithOneClick() throws Exception {
		Project project = newProject("Saved");
		ProjectEditor editor = open(project);
		try (Device watcher = watcher("saved/#")) {
			assertTrue(editor.saveMessage("saved/lamp", "{\"on\": true}", "Lamp on", "Lamp"), editor.publishProblem());
			assertTrue(editor.saveMessage("saved/lamp", "{\"on\": false}", "Lamp off", "Lamp"));
			assertEquals(2, project.getSavedMessages().size());

			Path file = Path.of(System.getProperty("iotbench.data"), LocalProjectService.FILE_NAME);
			String saved = Files.readString(file, StandardCharsets.UTF_8);
			assertTrue(saved.contains("Lamp off") && saved.contains("{&quot;on&quot;: false}"),
					"the saved messages are in the projects file a restart reads: " + saved);

			SavedMessage off = project.getSavedMessages().get(1);
			assertTrue(editor.publishSaved(off), editor.publishProblem());
			assertTrue(UiWait.until(5, () -> watcher.received.stream()
					.anyMatch(m -> m.topic().equals("saved/lamp") && m.payload().equals("{\"on\": false}"))),
					"one click published it: " + watcher.received);
		} finally {
			editor.getSite().getPage().closeEditor(editor, false);
			Services.projects().remove(project);
		}
	}

	@Test
	void aRepetitionSendsExactlyItsCountAndStopsWhenTold() throws Exception {
		Project project = newProject("Repeat");
		ProjectEditor editor = open(project);
		try (Device watcher = watcher("repeat/#")) {
			Job counted = editor.repeat("repeat/counted", "tick", 20, 12);
			assertTrue(counted != null, editor.publishProblem());
			assertTrue(UiWait.until(10, () -> counted.getResult() != null), "it ends by itself");
			assertTrue(UiWait.until(5, () -> watcher.received.size() >= 12), "12 arrived: " + watcher.received.size());
			UiWait.until(1, () -> false);
			assertEquals(12, watcher.received.stream().filter(m -> m.topic().equals("repeat/counted")).count(),
					"exactly 12");
			assertTrue(UiWait.until(2, () -> editor.repeatState().contains("12")), editor.repeatState());

			Job endless = editor.repeat("repeat/endless", "tock", 20, 0);
			assertTrue(UiWait.until(5, () -> watcher.received.stream()
					.filter(m -> m.topic().equals("repeat/endless")).count() >= 5), "it runs");
			editor.stopRepeating();
			assertTrue(UiWait.until(5, () -> endless.getResult() != null), "Stop ends it");
			UiWait.until(1, () -> false);
			long after = watcher.received.stream().filter(m -> m.topic().equals("repeat/endless")).count();
			UiWait.until(1, () -> false);
			assertEquals(after, watcher.received.stream().filter(m -> m.topic().equals("repeat/endless")).count(),
					"nothing more once stopped");
		} finally {
			editor.getSite().getPage().closeEditor(editor, false);
			Services.projects().remove(project);
		}
	}
}
