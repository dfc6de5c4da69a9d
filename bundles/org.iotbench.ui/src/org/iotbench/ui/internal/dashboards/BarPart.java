package org.iotbench.ui.internal.dashboards;

import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.iotbench.dashboards.WidgetState;
import org.iotbench.projects.Widget;

/** The latest number of each topic (or line) as a bar, between the widget's min and max: an SWTChart bar chart. */
final class BarPart extends WidgetPart {

	private static final String SERIES = "bars"; //$NON-NLS-1$

	private final Chart chart;
	private Map<String, Double> bars = Map.of();

	BarPart(Composite parent, Widget widget) {
		super(widget);
		chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setVisible(false);
		chart.getLegend().setVisible(false);
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.getTitle().setVisible(false);
		x.enableCategory(true);
		IAxis y = chart.getAxisSet().getYAxis(0);
		y.getTitle().setVisible(false);
		y.setRange(new Range(widget.getMin(), widget.getMax()));
		IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, SERIES);
		series.setBarColor(new Color(0, 114, 178));
		series.setBarPadding(30);
	}

	/** A chart or a list is shown new states four times a second. */
	@Override
	int intervalMs() {
		return 250;
	}

	@Override
	Control control() {
		return chart;
	}

	@Override
	void show(WidgetState state) {
		bars = state.bars();
		if (bars.isEmpty()) {
			return;
		}
		chart.suspendUpdate(true);
		try {
			IAxis x = chart.getAxisSet().getXAxis(0);
			x.setCategorySeries(bars.keySet().toArray(String[]::new));
			double[] values = bars.values().stream().mapToDouble(Double::doubleValue).toArray();
			chart.getSeriesSet().getSeries(SERIES).setYSeries(values);
			x.adjustRange();
			chart.getAxisSet().getYAxis(0).setRange(new Range(widget.getMin(), widget.getMax()));
		} finally {
			chart.suspendUpdate(false);
		}
		chart.redraw();
	}

	@Override
	String shown() {
		return bars.toString();
	}
}
