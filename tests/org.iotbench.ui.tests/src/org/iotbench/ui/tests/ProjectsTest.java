package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectKind;
import org.iotbench.sessions.SessionState;
import org.iotbench.tests.support.Mosquitto;
import org.iotbench.ui.internal.Perspective;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.projects.ProjectDialog;
import org.iotbench.ui.internal.projects.MessageTable;
import org.iotbench.ui.internal.projects.ProjectEditor;
import org.iotbench.ui.internal.projects.ProjectEditorInput;
import org.iotbench.ui.internal.projects.ProjectsView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed's two project kinds through the workbench: a local project is live at once and shows what an ESP32
 * publishes; a remote project connects to a real mosquitto with the connect command.
 */
class ProjectsTest {

	@BeforeAll
	static void brokerRuns() throws Exception {
		LocalBroker.ensureRunning();
		if (Services.registry().find("esp32-projects").isEmpty()) {
			Services.registry().register("ESP32", "esp32-projects", "pwd".toCharArray(), "");
		}
	}

	private static IWorkbenchPage page() throws Exception {
		var window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(Perspective.ID, window);
		return window.getActivePage();
	}

	private static ProjectDialog dialog(Shell shell, Project original, Project fresh) {
		ProjectDialog dialog = new ProjectDialog(shell, Services.projects(), original, fresh);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return dialog;
	}

	private static TableItem row(Table table, String name) {
		for (TableItem item : table.getItems()) {
			if (name.equals(item.getText(0))) {
				return item;
			}
		}
		return null;
	}

	@Test
	void localProjectShowsWhatTheEsp32Publishes() throws Exception {
		IWorkbenchPage page = page();
		ProjectsView view = (ProjectsView) page.showView(ProjectsView.ID);
		Shell shell = view.getSite().getShell();

		String name = "Desk " + System.nanoTime();
		ProjectDialog create = dialog(shell, null, Services.projects().newLocalProject());
		create.setName(name);
		create.pressOk();
		Project project = create.saved();
		assertNotNull(project, "the local project was created: " + create.getErrorMessage());
		assertTrue(UiWait.until(10, () -> row(view.viewer().getTable(), name) != null), "listed");
		assertTrue(UiWait.until(10, () -> row(view.viewer().getTable(), name).getText(2).startsWith("Live")),
				"a local project is live while the broker runs: " + row(view.viewer().getTable(), name).getText(2));

		// a duplicate name is refused in the dialog and nothing is saved
		ProjectDialog duplicate = dialog(shell, null, Services.projects().newLocalProject());
		duplicate.setName(name.toLowerCase(java.util.Locale.ROOT));
		duplicate.pressOk();
		assertNotNull(duplicate.getErrorMessage(), "duplicate name refused");
		assertTrue(duplicate.getErrorMessage().contains("exists already"), duplicate.getErrorMessage());
		duplicate.close();
		assertEquals(1, Services.projects().registry().getProjects().stream()
				.filter(p -> p.getName().equalsIgnoreCase(name)).count());

		// double-click opens the edit dialog (the seed's way); check it through the command it runs
		view.viewer().setSelection(new StructuredSelection(project), true);
		java.util.concurrent.atomic.AtomicBoolean editDialogShown = new java.util.concurrent.atomic.AtomicBoolean();
		shell.getDisplay().asyncExec(() -> {
			for (Shell s : shell.getDisplay().getShells()) {
				if (s.getText().equals("Edit Project")) {
					editDialogShown.set(true);
					s.close();
				}
			}
		});
		view.getSite().getService(IHandlerService.class).executeCommand("org.iotbench.ui.commands.editProject", null);
		assertTrue(editDialogShown.get(), "the edit command opens the edit dialog");

		ProjectEditor editor = (ProjectEditor) page.openEditor(new ProjectEditorInput(project), ProjectEditor.ID);
		assertTrue(editor.subscribe("test/#"), "subscribed");
		assertFalse(editor.subscribe("a/#/b"), "an invalid filter is refused");

		MqttClient esp32 = new MqttClient("tcp://127.0.0.1:" + Services.broker().status().settings().port(),
				"esp32-projects", new MemoryPersistence());
		try {
			MqttConnectOptions options = new MqttConnectOptions();
			options.setUserName("esp32-projects");
			options.setPassword("pwd".toCharArray());
			options.setKeepAliveInterval(0);
			esp32.connect(options);
			esp32.publish("test/esp32", "Hello from ESP32".getBytes(StandardCharsets.UTF_8), 0, false);
			esp32.publish("other/topic", "not for us".getBytes(StandardCharsets.UTF_8), 0, false);
			MessageTable messages = editor.messageTable();
			assertTrue(UiWait.until(10, () -> messages.getItemCount() >= 1), "the message arrives in the list");
			assertTrue(UiWait.until(5, () -> "Hello from ESP32".equals(messages.text(0, 5))),
					messages.text(0, 5));
			assertEquals("test/esp32", messages.text(0, 2));
			UiWait.until(1, () -> false);
			assertEquals(1, messages.getItemCount(), "other/topic is not subscribed");
			// publishing from the editor reaches the device
			esp32.subscribe("cmd/#", 0);
			java.util.concurrent.atomic.AtomicReference<String> got = new java.util.concurrent.atomic.AtomicReference<>();
			esp32.setCallback(new org.eclipse.paho.client.mqttv3.MqttCallback() {
				@Override
				public void messageArrived(String topic, org.eclipse.paho.client.mqttv3.MqttMessage message) {
					got.set(topic + " " + new String(message.getPayload(), StandardCharsets.UTF_8));
				}

				@Override
				public void deliveryComplete(org.eclipse.paho.client.mqttv3.IMqttDeliveryToken token) {
				}

				@Override
				public void connectionLost(Throwable cause) {
				}
			});
			assertTrue(editor.publish("cmd/led", "on"));
			assertTrue(UiWait.until(10, () -> "cmd/led on".equals(got.get())), "the device receives it: " + got.get());
			assertFalse(editor.publish("cmd/+", "x"), "wildcards in a publish topic are refused");
		} finally {
			if (esp32.isConnected()) {
				esp32.disconnect();
			}
			esp32.close(true);
		}
		page.closeEditor(editor, false);
	}

	@Test
	void remoteProjectConnectsToMosquittoWithTheConnectCommand() throws Exception {
		Mosquitto.assumeInstalled();
		Path folder = Files.createTempDirectory("iotbench-ui-mosquitto");
		try (Mosquitto mosquitto = Mosquitto.start(folder)) {
			IWorkbenchPage page = page();
			ProjectsView view = (ProjectsView) page.showView(ProjectsView.ID);
			Project fresh = Services.projects().newRemoteProject();
			assertTrue(fresh.getConnection().getClientId().startsWith("iotbench-"), "a client ID is offered");
			ProjectDialog create = dialog(view.getSite().getShell(), null, fresh);
			String name = "Mosquitto " + System.nanoTime();
			create.setName(name);
			create.setBroker("127.0.0.1", "notaport");
			create.pressOk();
			assertTrue(create.getErrorMessage() != null && create.getErrorMessage().contains("notaport"),
					"a bad port is refused in words: " + create.getErrorMessage());
			create.setBroker("127.0.0.1", Integer.toString(mosquitto.port));
			create.pressOk();
			Project project = create.saved();
			assertNotNull(project, String.valueOf(create.getErrorMessage()));
			assertEquals(ProjectKind.REMOTE, project.getKind());
			assertTrue(UiWait.until(10, () -> row(view.viewer().getTable(), name) != null));
			assertTrue(row(view.viewer().getTable(), name).getText(2).startsWith("Disconnected"));

			view.viewer().setSelection(new StructuredSelection(project), true);
			view.getSite().getService(IHandlerService.class)
					.executeCommand("org.iotbench.ui.commands.connectProject", null);
			assertTrue(UiWait.until(15, () -> Services.projects().openSession(project)
					.map(s -> s.status().state() == SessionState.CONNECTED).orElse(false)),
					"connected: " + Services.projects().openSession(project).map(s -> s.status()).orElse(null));
			assertTrue(UiWait.until(5, () -> row(view.viewer().getTable(), name).getText(2)
					.startsWith("Connected")), row(view.viewer().getTable(), name).getText(2));

			view.getSite().getService(IHandlerService.class)
					.executeCommand("org.iotbench.ui.commands.connectProject", null);
			assertTrue(UiWait.until(10, () -> row(view.viewer().getTable(), name).getText(2)
					.startsWith("Disconnected")), "the same icon disconnects");
		}
	}
}
