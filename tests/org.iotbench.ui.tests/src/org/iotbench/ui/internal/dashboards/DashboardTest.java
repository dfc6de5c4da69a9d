package org.iotbench.ui.internal.dashboards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.XMLMemento;
import org.iotbench.core.DataLocation;
import org.iotbench.dashboards.DashboardFile;
import org.iotbench.projects.Dashboard;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectsFactory;
import org.iotbench.projects.Widget;
import org.iotbench.projects.WidgetKind;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.tests.DeviceProject;
import org.iotbench.ui.tests.Screenshots;
import org.iotbench.ui.tests.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A dashboard of a local project with a real device (a registered Paho client) on the workbench's broker: the device's
 * readings move a value, a gauge, an indicator and a chart; what a button, a switch, a slider, an input, a drop-down and
 * a colour picker publish reaches the device with the right payload, QoS and retain flag; a switch follows its status
 * topic; a value that stops coming turns stale; the dashboard is saved with the project and survives a file round trip
 * and a restart of the workbench's editors. A screenshot of it is taken for people to look at.
 */
class DashboardTest {

	/** A message as the device received it. */
	record Received(String topic, String payload, int qos, boolean retained) {
	}

	private DeviceProject lab;
	private DashboardEditor editor;
	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	@BeforeEach
	void open() throws Exception {
		lab = DeviceProject.open("dash");
		lab.device.subscribe(lab.root + "/cmd/#", 2, (topic, message) -> received
				.add(new Received(topic, new String(message.getPayload(), StandardCharsets.UTF_8), message.getQos(),
						message.isRetained())));
	}

	@AfterEach
	void close() throws Exception {
		if (editor != null) {
			lab.page.closeEditor(editor, false);
		}
		lab.close();
	}

	private Widget widget(WidgetKind kind, String title, String topic, int column, int row) {
		Widget widget = WidgetKinds.create(kind);
		widget.setTitle(title);
		widget.setTopic(topic == null ? null : lab.root + "/" + topic);
		widget.setColumn(column);
		widget.setRow(row);
		return widget;
	}

	private Dashboard esp32() {
		Dashboard dashboard = ProjectsFactory.eINSTANCE.createDashboard();
		dashboard.setName("ESP32 desk");
		Widget counter = widget(WidgetKind.VALUE, "Counter", "telemetry", 0, 0);
		counter.setJsonPath("$.counter");
		Widget temperature = widget(WidgetKind.GAUGE, "Temperature", "telemetry", 3, 0);
		temperature.setJsonPath("$.temp");
		temperature.setUnit("\u00b0C");
		temperature.setMax(50);
		temperature.setZones("30 #f9a825, 40 #c62828");
		Widget hot = widget(WidgetKind.INDICATOR, "Hot", "telemetry", 6, 0);
		hot.setJsonPath("$.temp");
		hot.setCondition("> 30");
		Widget chart = widget(WidgetKind.LINE, "Counter over time", "telemetry", 0, 3);
		chart.setJsonPath("$.counter");
		chart.setWindowSeconds(60);
		Widget led = widget(WidgetKind.SWITCH, "LED", "cmd/led", 8, 0);
		led.setStatusTopic(lab.root + "/status");
		led.setJsonPath("$.led");
		led.setOnPayload("true");
		led.setOffPayload("false");
		led.setQos(1);
		led.setRetain(true);
		Widget pwm = widget(WidgetKind.SLIDER, "Brightness", "cmd/pwm", 6, 3);
		pwm.setMax(255);
		pwm.setPayload("{\"pwm\": ${value}}");
		pwm.setQos(1);
		Widget reboot = widget(WidgetKind.BUTTON, "Reboot", "cmd/reboot", 10, 0);
		reboot.setPayload("reboot");
		reboot.setQos(2);
		Widget text = widget(WidgetKind.INPUT, "Message", "cmd/text", 6, 5);
		Widget speed = widget(WidgetKind.CHOICE, "Fan", "cmd/fan", 10, 3);
		Widget colour = widget(WidgetKind.COLOR, "RGB LED", "cmd/rgb", 10, 5);
		colour.setPayload("${r},${g},${b}");
		Widget log = widget(WidgetKind.LOG, "Status log", "status", 0, 7);
		Widget old = widget(WidgetKind.VALUE, "Battery", "battery", 4, 7);
		old.setStaleSeconds(1);
		for (Widget each : new Widget[] { counter, temperature, hot, chart, led, pwm, reboot, text, speed, colour, log,
				old }) {
			assertNull(org.iotbench.dashboards.WidgetCheck.problem(each), each.getTitle());
			dashboard.getWidgets().add(each);
		}
		return dashboard;
	}

	private WidgetFrame frame(String title) {
		return editor.frames().stream().filter(f -> title.equals(f.widget().getTitle())).findFirst().orElseThrow();
	}

	private Received next() throws InterruptedException {
		Received message = received.poll(5, TimeUnit.SECONDS);
		assertNotNull(message, "the device receives what the control published");
		return message;
	}

	@Test
	void aDeviceMovesTheDisplaysAndTheControlsDriveTheDevice() throws Exception {
		Project project = lab.project;
		Dashboard dashboard = esp32();
		project.getDashboards().add(dashboard);
		Services.projects().save();
		editor = Dashboards.open(project, dashboard);
		assertNotNull(editor);
		assertTrue(editor.addedTopics().isEmpty(), "the project's own subscription covers every widget's topic");

		for (int i = 1; i <= 5; i++) {
			lab.device.publish(lab.root + "/telemetry", ("{\"counter\": " + i + ", \"temp\": " + (28 + i) + ".5}")
					.getBytes(StandardCharsets.UTF_8), 1, false);
			Thread.sleep(60);
		}
		lab.device.publish(lab.root + "/battery", "3.7".getBytes(StandardCharsets.UTF_8), 1, false);
		lab.device.publish(lab.root + "/status", "{\"led\": false}".getBytes(StandardCharsets.UTF_8), 1, false);

		assertTrue(UiWait.until(10, () -> "5".equals(frame("Counter").part().shown())),
				frame("Counter").part().shown());
		GaugePart gauge = (GaugePart) frame("Temperature").part();
		assertTrue(UiWait.until(5, () -> gauge.shown().equals("33.5 \u00b0C")), gauge.shown());
		assertEquals(33.5 / 50, gauge.fraction(), 1e-9);
		assertEquals(0xf9a825, gauge.color(), "33.5 lies in the amber zone");
		assertTrue(((IndicatorPart) frame("Hot").part()).on(), "33.5 > 30");
		assertTrue(UiWait.until(5, () -> editor.feed().state(3).points(0).size() == 5), "the chart has every reading");
		assertEquals(5.0, editor.feed().state(3).points(0).values()[4]);
		SwitchPart led = (SwitchPart) frame("LED").part();
		assertTrue(UiWait.until(5, () -> led.state() == SwitchPart.State.OFF), "the switch shows the device's state");

		Path shot = Screenshots.FOLDER.resolve("dashboard.png");
		Screenshots.save(Display.getCurrent(), "dashboard.png");
		assertTrue(Files.size(shot) > 10_000, "a screenshot of the populated dashboard");

		((ButtonPart) frame("Reboot").part()).press();
		assertEquals(new Received(lab.root + "/cmd/reboot", "reboot", 2, false), next());

		led.turn(true);
		assertEquals(new Received(lab.root + "/cmd/led", "true", 1, false), next());
		assertEquals(SwitchPart.State.ON, led.state(), "what was asked, until the device answers");
		lab.device.publish(lab.root + "/status", "{\"led\": false}".getBytes(StandardCharsets.UTF_8), 1, false);
		assertTrue(UiWait.until(5, () -> led.state() == SwitchPart.State.OFF), "the device said no: the switch follows");
		assertRetained(lab.root + "/cmd/led", "true");

		((SliderPart) frame("Brightness").part()).slideTo(128);
		assertEquals(new Received(lab.root + "/cmd/pwm", "{\"pwm\": 128}", 1, false), next());
		((InputPart) frame("Message").part()).send("hello \u4f60\u597d");
		assertEquals(new Received(lab.root + "/cmd/text", "hello \u4f60\u597d", 0, false), next());
		((ChoicePart) frame("Fan").part()).pick("High");
		assertEquals(new Received(lab.root + "/cmd/fan", "3", 0, false), next());
		((ColorPart) frame("RGB LED").part()).pick(new RGB(255, 136, 0));
		assertEquals(new Received(lab.root + "/cmd/rgb", "255,136,0", 0, false), next());
		assertNull(frame("Reboot").problem());

		assertTrue(UiWait.until(5, () -> frame("Status log").part().shown().endsWith("{\"led\":false}")),
				frame("Status log").part().shown());
		assertTrue(UiWait.until(5, () -> frame("Battery").stale()), "no reading for more than a second: stale");
		assertFalse(frame("Counter").stale(), "a widget without a limit is never stale");
	}

	/** A device that subscribes later gets a retained message on the topic. */
	private void assertRetained(String topic, String payload) throws Exception {
		String id = "late-" + lab.root;
		Services.registry().register("late", id, ("pw-" + id).toCharArray(), "");
		MqttClient late = new MqttClient("tcp://127.0.0.1:" + Services.broker().status().settings().port(), id,
				new MemoryPersistence());
		MqttConnectOptions options = new MqttConnectOptions();
		options.setUserName(id);
		options.setPassword(("pw-" + id).toCharArray());
		late.connect(options);
		try {
			BlockingQueue<MqttMessage> retained = new LinkedBlockingQueue<>();
			late.subscribe(topic, 1, (t, message) -> retained.add(message));
			MqttMessage message = retained.poll(5, TimeUnit.SECONDS);
			assertNotNull(message, "a device that subscribes later gets the switch's retained message");
			assertTrue(message.isRetained());
			assertEquals(payload, new String(message.getPayload(), StandardCharsets.UTF_8));
		} finally {
			late.disconnect();
			late.close();
		}
	}

	@Test
	void aDashboardIsSavedWithItsProjectAndSurvivesAFileAndARestart() throws Exception {
		Project project = lab.project;
		Dashboard dashboard = esp32();
		project.getDashboards().add(dashboard);
		Services.projects().save();
		editor = Dashboards.open(project, dashboard);

		String file = Files.readString(DataLocation.current().root().resolve("projects.xmi"));
		assertTrue(file.contains("name=\"ESP32 desk\"") && file.contains("{&quot;pwm&quot;: ${value}}"),
				"the dashboard is saved with the project");

		XMLMemento memento = XMLMemento.createWriteRoot("editor");
		editor.getEditorInput().getPersistable().saveState(memento);
		assertEquals(editor.getEditorInput(), new DashboardEditorInputFactory().createElement(memento),
				"an open dashboard opens again when the workbench starts");

		Path exported = Files.createTempFile("dashboard", ".json");
		DashboardFile.write(dashboard, exported);
		Dashboard imported = DashboardFile.read(exported);
		assertTrue(EcoreUtil.equals(dashboard, imported), "export and import give the same dashboard");

		editor.grid().move(dashboard.getWidgets().get(0), 9, 9);
		editor.grid().resize(dashboard.getWidgets().get(0), 2, 1);
		assertTrue(Files.readString(DataLocation.current().root().resolve("projects.xmi")).contains("column=\"9\""),
				"a moved widget is saved at once");
	}

	@Test
	void aDashboardOpensFromTheProjectsViewWithoutTheProjectsEditor() throws Exception {
		Project project = Services.projects().newLocalProject();
		project.setName("Never opened " + System.nanoTime());
		Dashboard dashboard = ProjectsFactory.eINSTANCE.createDashboard();
		Widget value = WidgetKinds.create(WidgetKind.VALUE);
		value.setTopic(lab.root + "/alone");
		dashboard.getWidgets().add(value);
		project.getDashboards().add(dashboard);
		Services.projects().add(project, null);
		DashboardEditor alone = Dashboards.open(project, dashboard);
		try {
			assertNotNull(alone, "the dashboard opens the project's session itself");
			assertEquals(java.util.Set.of(lab.root + "/alone"), alone.addedTopics(),
					"it subscribes to what its widget reads, which the project does not");
			lab.device.publish(lab.root + "/alone", "42".getBytes(StandardCharsets.UTF_8), 1, false);
			assertTrue(UiWait.until(5, () -> "42".equals(alone.frames().get(0).part().shown())));
		} finally {
			lab.page.closeEditor(alone, false);
			Services.projects().remove(project);
		}
	}

	@Test
	void badSettingsKeepTheDialogFromClosingAndSayWhy() throws Exception {
		Widget control = WidgetKinds.create(WidgetKind.SWITCH);
		control.setTopic("lamps/+/set");
		WidgetDialog dialog = new WidgetDialog(lab.page.getWorkbenchWindow().getShell(), lab.project, control, false);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertFalse(dialog.okEnabled());
			Screenshots.save(Display.getCurrent(), "dashboard-widget-dialog.png");
			assertTrue(dialog.problem().contains("lamps/+/set"), dialog.problem());
			assertEquals(dialog.problem(), dialog.getErrorMessage(), "the dialog shows why");
			var bounds = dialog.getShell().getBounds();
			var screen = dialog.getShell().getDisplay().getPrimaryMonitor().getClientArea();
			assertTrue(bounds.width <= screen.width && bounds.height <= screen.height, "the dialog fits the screen");
		} finally {
			dialog.close();
		}
		assertEquals("lamps/+/set", control.getTopic(), "nothing changed");
	}
}
