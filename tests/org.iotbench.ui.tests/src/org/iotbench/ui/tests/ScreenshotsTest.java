package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Perspective;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.dialogs.ClientDialog;
import org.iotbench.ui.internal.projects.ProjectDialog;
import org.iotbench.ui.internal.projects.ProjectEditor;
import org.iotbench.ui.internal.projects.ProjectEditorInput;
import org.iotbench.ui.internal.views.BrokerView;
import org.iotbench.ui.internal.views.ConnectionLogView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbench as a maker sees it, with a registered device online, a project open and some messages: screenshots of
 * the main window and of the dialogs, saved in {@code target/screenshots} to be looked at, and no window larger than
 * the screen. The build runs the UI tests on a 1366x768 screen (the smallest laptop screen we design for).
 */
class ScreenshotsTest {

	@BeforeAll
	static void brokerRuns() throws Exception {
		LocalBroker.ensureRunning();
	}

	@Test
	void mainWindowAndDialogsFitTheScreen() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		for (Shell other : window.getShell().getDisplay().getShells()) {
			if (other != window.getShell()) {
				other.close(); // a dialog another test left open would hide the window
			}
		}
		PlatformUI.getWorkbench().showPerspective(Perspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		page.resetPerspective();
		Display display = window.getShell().getDisplay();
		Rectangle screen = display.getPrimaryMonitor().getBounds();

		String clientId = "desk-esp32-" + System.nanoTime() % 100_000;
		Services.registry().register("Desk ESP32", clientId, "s3cret-pass".toCharArray(), "");
		int port = Services.broker().status().settings().port();
		MqttClient device = new MqttClient("tcp://127.0.0.1:" + port, clientId, new MemoryPersistence());
		MqttConnectOptions options = new MqttConnectOptions();
		options.setUserName(clientId);
		options.setPassword("s3cret-pass".toCharArray());
		device.connect(options);
		MqttClient stranger = new MqttClient("tcp://127.0.0.1:" + port, "kitchen-sensor", new MemoryPersistence());
		MqttConnectOptions guess = new MqttConnectOptions();
		guess.setUserName("kitchen-sensor");
		guess.setPassword("guess".toCharArray());
		try {
			stranger.connect(guess);
		} catch (org.eclipse.paho.client.mqttv3.MqttException refused) {
			// what the Connection Log is for
		} finally {
			stranger.close();
		}
		Project project = Services.projects().newLocalProject();
		project.setName("Greenhouse");
		Services.projects().add(project, null);
		ProjectEditor editor = (ProjectEditor) page.openEditor(new ProjectEditorInput(project), ProjectEditor.ID);
		try {
			assertTrue(editor.subscribe("greenhouse/#"));
			for (int i = 0; i < 12; i++) {
				device.publish("greenhouse/sensor/temperature",
						("{\"celsius\": " + (20 + i % 5) + "." + i + ", \"humidity\": 6" + i % 10 + "}")
								.getBytes(StandardCharsets.UTF_8), 1, false);
			}
			assertTrue(UiWait.until(10, () -> editor.session().messages().size() >= 12), "the messages arrived");
			BrokerView broker = (BrokerView) page.findView(BrokerView.ID);
			assertTrue(UiWait.until(5, () -> broker.factsText().contains("1 online")), broker.factsText());

			List<String> tooLarge = new ArrayList<>();
			check(window.getShell(), screen, tooLarge);
			Screenshots.save(display, "main-window.png");

			ConnectionLogView log = (ConnectionLogView) page.showView(ConnectionLogView.ID);
			UiWait.settle(display);
			org.eclipse.swt.widgets.Table table = log.viewer().getTable();
			int reasonStarts = 0;
			for (int index : table.getColumnOrder()) {
				if (table.getColumn(index).getText().equals("Reason")) {
					break;
				}
				reasonStarts += table.getColumn(index).getWidth();
			}
			assertTrue(reasonStarts + 150 <= table.getClientArea().width, "the Connection Log shows the reason without "
					+ "scrolling: it starts at " + reasonStarts + " of " + table.getClientArea().width + " px");
			Screenshots.save(display, "connection-log.png");

			ClientDialog register = new ClientDialog(window.getShell(), Services.registry(), null);
			register.setBlockOnOpen(false);
			register.open();
			check(register.getShell(), screen, tooLarge);
			Screenshots.save(display, "register-client-dialog.png");
			register.close();

			ProjectDialog edit = new ProjectDialog(window.getShell(), Services.projects(), project, null);
			edit.setBlockOnOpen(false);
			edit.open();
			check(edit.getShell(), screen, tooLarge);
			Screenshots.save(display, "project-dialog.png");
			edit.close();

			PreferenceDialog preferences = PreferencesUtil.createPreferenceDialogOn(window.getShell(),
					"org.iotbench.ui.preferences.broker", null, null);
			preferences.setBlockOnOpen(false);
			preferences.open();
			check(preferences.getShell(), screen, tooLarge);
			Screenshots.save(display, "preferences.png");
			preferences.close();

			assertEquals(List.of(), tooLarge, "windows larger than the " + screen.width + "x" + screen.height
					+ " screen");
		} finally {
			page.closeEditor(editor, false);
			Services.projects().remove(project);
			device.disconnect();
			device.close();
			Services.registry().remove(clientId);
		}
	}

	/** A window must fit the screen whole: a cut dialog hides its buttons. */
	private static void check(Shell shell, Rectangle screen, List<String> tooLarge) {
		UiWait.settle(shell.getDisplay());
		Rectangle bounds = shell.getBounds();
		assertFalse(shell.isDisposed());
		if (bounds.width > screen.width || bounds.height > screen.height) {
			tooLarge.add(shell.getText() + " " + bounds.width + "x" + bounds.height);
		}
	}
}
