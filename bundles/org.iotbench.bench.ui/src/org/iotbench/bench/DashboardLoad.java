package org.iotbench.bench;

import java.time.Duration;

import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.projects.ChartSeries;
import org.iotbench.projects.Dashboard;
import org.iotbench.projects.ProjectsFactory;
import org.iotbench.projects.Widget;
import org.iotbench.projects.WidgetKind;
import org.iotbench.sessions.SessionException;
import org.iotbench.ui.internal.dashboards.DashboardBoard;

/**
 * The dashboard load of issue 11: a dashboard of {@value UiMeasurement#DASHBOARD_WIDGETS} widgets (values, gauges,
 * line charts of two lines, bar charts over a wildcard, indicators, logs and switches following a status topic) open
 * in a shell of 1366x768 over a local project, while a device publishes {@value UiMeasurement#DASHBOARD_RATE} JSON
 * messages a second across their topics for {@value UiMeasurement#DASHBOARD_SECONDS} s. The UI load's probe measures
 * how long the UI thread makes an {@code asyncExec} wait meanwhile.
 */
final class DashboardLoad {

	private static final int WIDTH = 1_366;
	private static final int HEIGHT = 768;
	private static final Duration SETTLE = Duration.ofMillis(500);
	/** The kinds of the widgets, in turn. */
	private static final WidgetKind[] KINDS = { WidgetKind.VALUE, WidgetKind.GAUGE, WidgetKind.LINE, WidgetKind.VALUE,
			WidgetKind.INDICATOR, WidgetKind.BAR, WidgetKind.GAUGE, WidgetKind.LOG, WidgetKind.VALUE,
			WidgetKind.SWITCH };
	/** The topics under each bar chart's widget topic. */
	private static final int BARS = 5;

	private final UiLoad ui;
	private final ProjectLoads.Opener projects;

	DashboardLoad(UiLoad ui, ProjectLoads.Opener projects) {
		this.ui = ui;
		this.projects = projects;
	}

	UiMeasurement.DashboardResult measure(Display display, Shell shell, String topic)
			throws MqttException, SessionException, InterruptedException {
		shell.setText("iotbench bench: a dashboard of " + UiMeasurement.DASHBOARD_WIDGETS + " widgets under "
				+ UiMeasurement.DASHBOARD_RATE + " msg/s");
		shell.setLayout(new FillLayout());
		try (BenchProject project = projects.open()) {
			Dashboard dashboard = dashboard(topic);
			DashboardBoard board = new DashboardBoard(shell, dashboard, project.messages(), PayloadDecoder::guessing,
					(widget, to, payload, outcome) -> outcome.accept(null), widget -> {
						// nothing moves during the load
					});
			board.rebuild();
			shell.setSize(WIDTH, HEIGHT);
			shell.open();
			UiLoad.loop(display, () -> false, System.nanoTime() + SETTLE.toNanos());
			long repaints = board.repaints();
			long start = System.nanoTime();
			UiLoad.Flooded flooded = ui.flood(display, project, index -> topicOf(topic, index),
					UiMeasurement.DASHBOARD_RATE * UiMeasurement.DASHBOARD_SECONDS, UiMeasurement.DASHBOARD_RATE);
			double seconds = (System.nanoTime() - start) / 1e9;
			return new UiMeasurement.DashboardResult(flooded.flood(), flooded.waits(), flooded.unrun(),
					dashboard.getWidgets().size(), board.repaints() - repaints, seconds,
					board.longestTickNanos() / 1e6);
		}
	}

	/** The topic of a message: the widgets' topics in turn, a bar chart's spread over its {@value #BARS} topics. */
	static String topicOf(String topic, int index) {
		int widget = index % UiMeasurement.DASHBOARD_WIDGETS;
		String own = topic + "/w" + widget;
		return KINDS[widget % KINDS.length] == WidgetKind.BAR ? own + "/b" + index / UiMeasurement.DASHBOARD_WIDGETS % BARS
				: KINDS[widget % KINDS.length] == WidgetKind.SWITCH ? own + "/state" : own;
	}

	private static Dashboard dashboard(String topic) {
		Dashboard dashboard = ProjectsFactory.eINSTANCE.createDashboard();
		dashboard.setName("bench");
		dashboard.setColumns(12);
		int column = 0;
		int row = 0;
		for (int i = 0; i < UiMeasurement.DASHBOARD_WIDGETS; i++) {
			Widget widget = ProjectsFactory.eINSTANCE.createWidget();
			WidgetKind kind = KINDS[i % KINDS.length];
			widget.setKind(kind);
			widget.setTitle(kind.getName().toLowerCase() + ' ' + i);
			String own = topic + "/w" + i;
			widget.setJsonPath("$.v");
			widget.setStaleSeconds(5);
			switch (kind) {
			case BAR -> widget.setTopic(own + "/+");
			case SWITCH -> {
				widget.setTopic(own + "/set");
				widget.setStatusTopic(own + "/state");
			}
			case INDICATOR -> {
				widget.setTopic(own);
				widget.setCondition("> 50");
			}
			case LINE -> {
				widget.setTopic(own);
				ChartSeries second = ProjectsFactory.eINSTANCE.createChartSeries();
				second.setTopicFilter(own);
				second.setJsonPath("$.i");
				widget.getSeries().add(second);
				widget.setWindowSeconds(60);
			}
			default -> widget.setTopic(own);
			}
			widget.setWidth(2);
			widget.setHeight(2);
			if (column + 2 > 12) {
				column = 0;
				row += 2;
			}
			widget.setColumn(column);
			widget.setRow(row);
			column += 2;
			dashboard.getWidgets().add(widget);
		}
		return dashboard;
	}
}
