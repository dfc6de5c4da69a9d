package org.iotbench.ui.internal.dashboards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.iotbench.dashboards.WidgetState;
import org.iotbench.history.SeriesPoints;
import org.iotbench.projects.ChartSeries;
import org.iotbench.projects.Widget;
import org.iotbench.ui.internal.charts.LineChart;

/** Numbers over the widget's window of time, one line per topic: the charts' SWTChart line chart. */
final class LinePart extends WidgetPart {

	private final LineChart chart;
	private final List<String> names = new ArrayList<>();
	private final List<String> colors = new ArrayList<>();
	private int points;

	LinePart(Composite parent, Widget widget) {
		super(widget);
		chart = new LineChart(parent, range -> {
			// a dashboard's chart always follows the newest values
		});
		if (widget.getTopic() != null && !widget.getTopic().isBlank()) {
			names.add(widget.getTopic().trim());
			colors.add(""); //$NON-NLS-1$
		}
		for (ChartSeries series : widget.getSeries()) {
			if (series.getTopicFilter() != null && !series.getTopicFilter().isBlank()) {
				names.add(series.getLabel() == null || series.getLabel().isBlank() ? series.getTopicFilter().trim()
						: series.getLabel());
				colors.add(series.getColor() == null ? "" : series.getColor()); //$NON-NLS-1$
			}
		}
	}

	/** A chart or a list is shown new states twice a second, as the chart editor draws. */
	@Override
	int intervalMs() {
		return 500;
	}

	@Override
	Control control() {
		return chart.control();
	}

	@Override
	void show(WidgetState state) {
		List<SeriesPoints.Snapshot> snapshots = new ArrayList<>();
		int total = 0;
		for (int i = 0; i < state.lineCount() && i < names.size(); i++) {
			SeriesPoints.Snapshot snapshot = state.points(i);
			snapshots.add(snapshot);
			total += snapshot.size();
		}
		points = total;
		chart.show(names.subList(0, snapshots.size()), colors.subList(0, snapshots.size()), snapshots,
				Math.max(1, widget.getWindowSeconds()) * 1000L);
	}

	@Override
	String shown() {
		return Integer.toString(points);
	}
}
