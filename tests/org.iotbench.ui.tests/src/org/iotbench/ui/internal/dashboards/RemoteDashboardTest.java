package org.iotbench.ui.internal.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.eclipse.ui.PlatformUI;
import org.iotbench.projects.Dashboard;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectsFactory;
import org.iotbench.projects.Widget;
import org.iotbench.projects.WidgetKind;
import org.iotbench.sessions.SessionState;
import org.iotbench.tests.support.Mosquitto;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.tests.UiWait;
import org.junit.jupiter.api.Test;

/**
 * A dashboard of a remote project on a real mosquitto: a device there moves a value, a button's message reaches the
 * device with its QoS, and the topic the dashboard subscribed to for its widget is let go when it closes.
 */
class RemoteDashboardTest {

	@Test
	void aRemoteProjectsDashboardShowsAndDrivesADeviceOnAnotherBroker() throws Exception {
		Mosquitto.assumeInstalled();
		Path folder = Files.createTempDirectory("iotbench-ui-remote-dashboard");
		try (Mosquitto mosquitto = Mosquitto.start(folder)) {
			Project project = Services.projects().newRemoteProject();
			project.setName("Remote dashboard " + System.nanoTime());
			project.getConnection().setHost("127.0.0.1");
			project.getConnection().setPort(mosquitto.port);
			Dashboard dashboard = ProjectsFactory.eINSTANCE.createDashboard();
			Widget level = WidgetKinds.create(WidgetKind.VALUE);
			level.setTitle("Level");
			level.setTopic("tank/level");
			level.setJsonPath("$.cm");
			Widget pump = WidgetKinds.create(WidgetKind.BUTTON);
			pump.setTitle("Pump");
			pump.setTopic("tank/pump");
			pump.setPayload("{\"run\": 30}");
			pump.setQos(1);
			dashboard.getWidgets().add(level);
			dashboard.getWidgets().add(pump);
			project.getDashboards().add(dashboard);
			Services.projects().add(project, null);
			Services.projects().session(project).connect();
			assertTrue(UiWait.until(15, () -> Services.projects().openSession(project)
					.map(s -> s.status().state() == SessionState.CONNECTED).orElse(false)), "connected");

			MqttClient device = new MqttClient("tcp://127.0.0.1:" + mosquitto.port, "tank-" + System.nanoTime(),
					new MemoryPersistence());
			device.connect();
			BlockingQueue<MqttMessage> commands = new LinkedBlockingQueue<>();
			device.subscribe("tank/pump", 1, (topic, message) -> commands.add(message));
			DashboardEditor editor = Dashboards.open(project, dashboard);
			try {
				assertNotNull(editor);
				assertEquals(Set.of("tank/level"), editor.addedTopics(), "the remote session subscribes for the widget");
				Thread.sleep(500); // mosquitto has the subscription before the device publishes
				device.publish("tank/level", "{\"cm\": 87}".getBytes(StandardCharsets.UTF_8), 1, false);
				assertTrue(UiWait.until(10, () -> "87".equals(editor.frames().get(0).part().shown())),
						editor.frames().get(0).part().shown());

				((ButtonPart) editor.frames().get(1).part()).press();
				MqttMessage command = commands.poll(5, TimeUnit.SECONDS);
				assertNotNull(command, "the device on mosquitto receives the button's message");
				assertEquals("{\"run\": 30}", new String(command.getPayload(), StandardCharsets.UTF_8));
				assertEquals(1, command.getQos());
			} finally {
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeEditor(editor, false);
				device.disconnect();
				device.close();
			}
			// closed: the dashboard's own subscription is gone, so the project no longer records the device's level
			long before = Services.projects().openSession(project).orElseThrow().messages().total();
			MqttClient again = new MqttClient("tcp://127.0.0.1:" + mosquitto.port, "tank2-" + System.nanoTime(),
					new MemoryPersistence());
			again.connect();
			again.publish("tank/level", "{\"cm\": 12}".getBytes(StandardCharsets.UTF_8), 1, false);
			again.disconnect();
			again.close();
			Thread.sleep(1_000);
			assertEquals(before, Services.projects().openSession(project).orElseThrow().messages().total(),
					"nothing recorded after the dashboard closed");
			Services.projects().closeSession(project);
			Services.projects().remove(project);
		}
	}
}
