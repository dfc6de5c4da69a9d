package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.ui.IWorkbenchPage;
import org.iotbench.core.DataLocation;
import org.iotbench.history.SeriesPoints;
import org.iotbench.projects.Chart;
import org.iotbench.projects.ChartSeries;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectsFactory;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.charts.ChartEditor;
import org.iotbench.ui.internal.charts.ChartEditorInput;
import org.iotbench.ui.internal.projects.ProjectEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A chart of a local project fed by a real device: a JSON field and a plain number, what came before the chart was
 * opened and what comes after, exported as CSV and PNG; the chart is saved with the project.
 */
class ChartsTest {

	private DeviceProject lab;
	private IWorkbenchPage page;
	private ProjectEditor editor;
	private ChartEditor chartEditor;
	private Project project;
	private MqttClient device;
	private String root;

	@BeforeEach
	void open() throws Exception {
		lab = DeviceProject.open("greenhouse");
		page = lab.page;
		editor = lab.editor;
		project = lab.project;
		device = lab.device;
		root = lab.root;
	}

	@AfterEach
	void close() throws Exception {
		if (chartEditor != null) {
			page.closeEditor(chartEditor, false);
		}
		lab.close();
	}

	@Test
	void aChartPlotsAJsonFieldAndANumberBeforeAndAfterItOpens() throws Exception {
		for (int i = 0; i < 5; i++) {
			device.publish(root + "/air", ("{\"env\":{\"temp\":" + (20 + i) + ".5}}").getBytes(), 1, false);
			device.publish(root + "/soil", Integer.toString(40 + i).getBytes(), 1, false);
			Thread.sleep(100); // a chart keeps one point per 60 ms of a 5 minute window
		}
		assertTrue(UiWait.until(10, () -> editor.session().messages().size() >= 10), "the device's messages arrive");

		Chart chart = ProjectsFactory.eINSTANCE.createChart();
		chart.setName("Greenhouse");
		chart.getSeries().add(series(root + "/air", "$.env.temp", "Air"));
		chart.getSeries().add(series(root + "/soil", "$", ""));
		project.getCharts().add(chart);
		Services.projects().save();
		chartEditor = (ChartEditor) page.openEditor(new ChartEditorInput(project, chart), ChartEditor.ID);

		assertTrue(UiWait.until(10, () -> chartEditor.sampler().points(0).size() == 5
				&& chartEditor.sampler().points(1).size() == 5), "what came before the chart opened is plotted");
		Thread.sleep(100);
		device.publish(root + "/air", "{\"env\":{\"temp\":30.25}}".getBytes(), 1, false);
		device.publish(root + "/air", "{\"env\":{}}".getBytes(), 1, false);
		assertTrue(UiWait.until(10, () -> chartEditor.sampler().points(0).size() == 6), "a new value is followed");
		SeriesPoints.Snapshot air = chartEditor.sampler().points(0).snapshot();
		assertEquals(30.25, air.values()[5]);
		assertTrue(UiWait.until(5, () -> chartEditor.sampler().skipped() == 1), "the message without a number is skipped");
		long refreshes = chartEditor.refreshes();
		assertTrue(UiWait.until(5, () -> chartEditor.refreshes() > refreshes), "the picture follows");

		Path csv = Files.createTempFile("chart", ".csv");
		assertEquals(11, chartEditor.exportCsv(csv));
		List<String> rows = Files.readAllLines(csv);
		assertEquals("time,line,value", rows.get(0));
		assertTrue(rows.stream().anyMatch(row -> row.endsWith(",Air,30.25")), rows.toString());
		assertTrue(rows.stream().anyMatch(row -> row.endsWith("," + root + "/soil,44")), rows.toString());

		Path png = Files.createTempFile("chart", ".png");
		chartEditor.exportPng(png);
		ImageData image = new ImageData(png.toString());
		assertTrue(image.width > 200 && image.height > 100, image.width + "x" + image.height);

		String file = Files.readString(DataLocation.current().root().resolve("projects.xmi"));
		assertTrue(file.contains("jsonPath=\"$.env.temp\"") && file.contains("name=\"Greenhouse\""),
				"the chart is saved with the project");

		// the workbench can open it again after a restart: its input is saved and made again
		org.eclipse.ui.XMLMemento memento = org.eclipse.ui.XMLMemento.createWriteRoot("editor");
		chartEditor.getEditorInput().getPersistable().saveState(memento);
		Object again = new org.iotbench.ui.internal.charts.ChartEditorInputFactory().createElement(memento);
		assertEquals(chartEditor.getEditorInput(), again, "the same chart of the same project");
	}

	private static ChartSeries series(String topic, String path, String label) {
		ChartSeries series = ProjectsFactory.eINSTANCE.createChartSeries();
		series.setTopicFilter(topic);
		series.setJsonPath(path);
		series.setLabel(label);
		return series;
	}
}
