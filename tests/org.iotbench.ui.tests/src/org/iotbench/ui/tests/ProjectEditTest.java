package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.iotbench.projects.Project;
import org.iotbench.sessions.Session;
import org.iotbench.sessions.SessionState;
import org.iotbench.sessions.SessionStatus;
import org.iotbench.tests.support.Mosquitto;
import org.iotbench.ui.internal.Perspective;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.projects.ProjectDialog;
import org.iotbench.ui.internal.projects.ProjectEditor;
import org.iotbench.ui.internal.projects.ProjectEditorInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Editing a project whose editor is open keeps the editor, its session and its message history. */
class ProjectEditTest {

	@BeforeAll
	static void brokerRuns() throws Exception {
		LocalBroker.ensureRunning();
	}

	private static IWorkbenchPage page() throws Exception {
		var window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(Perspective.ID, window);
		return window.getActivePage();
	}

	private static ProjectDialog edit(IWorkbenchPage page, Project project) {
		ProjectDialog dialog = new ProjectDialog(page.getWorkbenchWindow().getShell(), Services.projects(), project,
				null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	@Test
	void renamingALocalProjectKeepsItsOpenEditorAndMessages() throws Exception {
		IWorkbenchPage page = page();
		Project project = Services.projects().newLocalProject();
		project.setName("Edit me " + System.nanoTime());
		Services.projects().add(project, null);
		ProjectEditor editor = (ProjectEditor) page.openEditor(new ProjectEditorInput(project), ProjectEditor.ID);
		Session session = editor.session();
		assertTrue(editor.subscribe("edit/#"));
		for (int i = 0; i < 30; i++) {
			assertTrue(editor.publish("edit/n", Integer.toString(i)));
		}
		assertTrue(UiWait.until(10, () -> session.messages().size() >= 60), "30 out and 30 back in: "
				+ session.messages().size());
		int before = session.messages().size();

		ProjectDialog dialog = edit(page, project);
		String renamed = "Renamed " + System.nanoTime();
		dialog.setName(renamed);
		dialog.pressOk();
		assertSame(project, dialog.saved(), "the project itself was edited: " + dialog.getErrorMessage());

		IEditorPart open = page.findEditor(new ProjectEditorInput(project));
		assertSame(editor, open, "the same editor stays open");
		assertTrue(UiWait.until(5, () -> renamed.equals(editor.getPartName())), "its title follows the new name");
		assertSame(session, Services.projects().openSession(project).orElseThrow(), "the same session goes on");
		assertEquals(before, session.messages().size(), "no message was lost");
		assertTrue(UiWait.until(5, () -> editor.messageTable().getItemCount() >= before),
				"and the list still shows them (the list catches up on its own timer): "
						+ editor.messageTable().getItemCount());
		assertTrue(editor.publish("edit/n", "after"), "the session still publishes");
		page.closeEditor(editor, false);
	}

	@Test
	void movingARemoteProjectToAnotherBrokerReconnectsInPlaceAndKeepsTheMessages() throws Exception {
		Mosquitto.assumeInstalled();
		Path folder = Files.createTempDirectory("iotbench-ui-edit");
		try (Mosquitto first = Mosquitto.start(Files.createDirectories(folder.resolve("a")));
				Mosquitto second = Mosquitto.start(Files.createDirectories(folder.resolve("b")))) {
			IWorkbenchPage page = page();
			Project project = Services.projects().newRemoteProject();
			project.setName("Moving " + System.nanoTime());
			project.getConnection().setHost("127.0.0.1");
			project.getConnection().setPort(first.port);
			Services.projects().add(project, null);
			ProjectEditor editor = (ProjectEditor) page.openEditor(new ProjectEditorInput(project), ProjectEditor.ID);
			Session session = editor.session();
			assertTrue(editor.subscribe("edit/#"));
			session.connect();
			assertTrue(UiWait.until(15, () -> session.status().state() == SessionState.CONNECTED), "connected");
			publish(first.port, "edit/first", 5);
			assertTrue(UiWait.until(10, () -> session.messages().size() >= 5), "messages from the first broker");

			List<SessionStatus> seen = new CopyOnWriteArrayList<>();
			session.addStatusListener(seen::add);
			ProjectDialog dialog = edit(page, project);
			dialog.setBroker("127.0.0.1", Integer.toString(second.port));
			dialog.pressOk();
			assertNotNull(dialog.saved(), String.valueOf(dialog.getErrorMessage()));

			assertTrue(UiWait.until(15, () -> session.status().state() == SessionState.CONNECTED
					&& seen.stream().anyMatch(s -> s.state() == SessionState.CONNECTED)),
					"connected again, to the second broker: " + seen);
			assertTrue(seen.stream().anyMatch(s -> s.state() == SessionState.CONNECTING && !s.reason().isEmpty()),
					"the status says why it reconnects: " + seen);
			assertSame(editor, page.findEditor(new ProjectEditorInput(project)), "the same editor stays open");
			publish(second.port, "edit/second", 3);
			assertTrue(UiWait.until(10, () -> session.messages().size() >= 8),
					"the subscription was restored on the new broker, and the first messages are still there: "
							+ session.messages().size());
			page.closeEditor(editor, false);
			session.disconnect();
		}
	}

	private static void publish(int port, String topic, int count) throws Exception {
		MqttClient device = new MqttClient("tcp://127.0.0.1:" + port, "edit-device-" + System.nanoTime(),
				new MemoryPersistence());
		try {
			device.connect();
			for (int i = 0; i < count; i++) {
				device.publish(topic, Integer.toString(i).getBytes(StandardCharsets.UTF_8), 1, false);
			}
			device.disconnect();
		} finally {
			device.close(true);
		}
	}
}
