package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Perspective;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.projects.ProjectEditor;
import org.iotbench.ui.internal.projects.ProjectEditorInput;

/**
 * A new local project open in its editor, subscribed to a topic root of its own, and a real device (a registered
 * Paho client) connected to the workbench's broker: what the UI tests that watch a device's messages share.
 */
public final class DeviceProject implements AutoCloseable {

	public final IWorkbenchPage page;
	public final Project project;
	public final ProjectEditor editor;
	public final MqttClient device;
	/** The topic root of this project's device, unique to the test. */
	public final String root;

	private DeviceProject(IWorkbenchPage page, Project project, ProjectEditor editor, MqttClient device, String root) {
		this.page = page;
		this.project = project;
		this.editor = editor;
		this.device = device;
		this.root = root;
	}

	/** @param name a word for the project, its topic root and its device */
	public static DeviceProject open(String name) throws Exception {
		LocalBroker.ensureRunning();
		var window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(Perspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		String root = name + System.nanoTime();
		Project project = Services.projects().newLocalProject();
		project.setName(name + " " + root);
		Services.projects().add(project, null);
		ProjectEditor editor = (ProjectEditor) page.openEditor(new ProjectEditorInput(project), ProjectEditor.ID);
		assertTrue(editor.subscribe(root + "/#"));
		String id = "dev-" + root;
		String password = "pw-" + root;
		Services.registry().register(name, id, password.toCharArray(), "");
		MqttClient device = new MqttClient("tcp://127.0.0.1:" + Services.broker().status().settings().port(), id,
				new MemoryPersistence());
		MqttConnectOptions options = new MqttConnectOptions();
		options.setUserName(id);
		options.setPassword(password.toCharArray());
		options.setCleanSession(true);
		device.connect(options);
		return new DeviceProject(page, project, editor, device, root);
	}

	@Override
	public void close() throws Exception {
		if (device.isConnected()) {
			device.disconnect();
		}
		device.close();
		page.closeEditor(editor, false);
	}
}
