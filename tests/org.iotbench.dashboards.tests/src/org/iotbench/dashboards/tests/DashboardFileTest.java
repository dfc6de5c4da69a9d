package org.iotbench.dashboards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.iotbench.dashboards.DashboardFile;
import org.iotbench.projects.ChartSeries;
import org.iotbench.projects.Dashboard;
import org.iotbench.projects.ProjectsFactory;
import org.iotbench.projects.Widget;
import org.iotbench.projects.WidgetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dashboard alone as a JSON file: written and read back the same; a bad file is refused and named. */
class DashboardFileTest {

	@TempDir
	Path folder;

	static Dashboard esp32() {
		Dashboard dashboard = ProjectsFactory.eINSTANCE.createDashboard();
		dashboard.setName("ESP32 \u684c\u9762"); // a Chinese name survives
		dashboard.setLocked(true);
		Widget counter = WidgetCheckTest.widget(WidgetKind.VALUE, "devices/esp32/telemetry");
		counter.setTitle("Counter");
		counter.setJsonPath("$.counter");
		counter.setStaleSeconds(30);
		Widget chart = WidgetCheckTest.widget(WidgetKind.LINE, "devices/esp32/telemetry");
		chart.setJsonPath("$.counter");
		chart.setColumn(3);
		chart.setWidth(6);
		chart.setHeight(4);
		ChartSeries rssi = ProjectsFactory.eINSTANCE.createChartSeries();
		rssi.setTopicFilter("devices/esp32/telemetry");
		rssi.setJsonPath("$.rssi");
		chart.getSeries().add(rssi);
		Widget led = WidgetCheckTest.widget(WidgetKind.SWITCH, "devices/esp32/command");
		led.setOnPayload("{\"led\": true}");
		led.setOffPayload("{\"led\": false}");
		led.setStatusTopic("devices/esp32/status");
		led.setQos(1);
		led.setRetain(true);
		Widget slider = WidgetCheckTest.widget(WidgetKind.SLIDER, "devices/esp32/command");
		slider.setPayload("{\"pwm\": ${value}}");
		slider.setMax(255);
		slider.setStep(5);
		dashboard.getWidgets().add(counter);
		dashboard.getWidgets().add(chart);
		dashboard.getWidgets().add(led);
		dashboard.getWidgets().add(slider);
		return dashboard;
	}

	@Test
	void aDashboardIsReadBackAsItWasWritten() throws IOException {
		Dashboard dashboard = esp32();
		Path file = folder.resolve("esp32.json");
		DashboardFile.write(dashboard, file);
		Dashboard read = DashboardFile.read(file);
		assertTrue(EcoreUtil.equals(dashboard, read), DashboardFile.toText(read));
		assertEquals(255.0, read.getWidgets().get(3).getMax());
		assertEquals(1, Files.list(folder).count(), "no temporary file is left beside it");
	}

	@Test
	void aFileWithABadWidgetIsRefusedAndTheWidgetNamed() throws IOException {
		Dashboard dashboard = esp32();
		dashboard.getWidgets().get(2).setTitle("LED");
		String text = DashboardFile.toText(dashboard).replace("devices/esp32/command", "devices/+/command");
		Path file = Files.writeString(folder.resolve("bad.json"), text);
		IOException e = assertThrows(IOException.class, () -> DashboardFile.read(file));
		assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("LED")
				&& e.getMessage().contains("devices/+/command"), e.getMessage());
	}

	@Test
	void filesThatAreNotDashboardsAreRefusedInWords() throws IOException {
		String[][] cases = { { "{\"format\": \"iotbench-projects\"}", "not an IoT Workbench dashboard" },
				{ "{\"format\": \"iotbench-dashboard\", \"version\": 9, \"dashboard\": {}}", "newer" },
				{ "{\"format\": \"iotbench-dashboard\", \"version\": 1, \"dashboard\": {\"columns\": \"twelve\"}}",
						"columns" },
				{ "{\"format\": \"iotbench-dashboard\", \"version\": 1, \"dashboard\": {\"widgets\": [{\"kind\": \"ROBOT\"}]}}",
						"ROBOT" },
				{ "{\"format\": \"iotbench-dashboard\", \"version\": 1, \"dashboard\": {\"widgets\": [{\"topic\": \"a\"}]}}",
						"kind" },
				{ "{\"format\": \"iotbench-dashboard\", \"version\": 1, \"dashb", "" } };
		for (String[] each : cases) {
			Path file = Files.writeString(folder.resolve("file.json"), each[0]);
			IOException e = assertThrows(IOException.class, () -> DashboardFile.read(file), each[0]);
			assertTrue(e.getMessage().contains("file.json") && e.getMessage().contains(each[1]), e.getMessage());
		}
	}
}
