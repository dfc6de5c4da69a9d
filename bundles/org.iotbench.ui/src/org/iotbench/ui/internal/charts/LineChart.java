package org.iotbench.ui.internal.charts;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.iotbench.history.SeriesPoints;

/**
 * An SWTChart line chart over time: one line per series, the time axis either following the newest values over a
 * window or fixed to a range the user dragged out on the plot (a zoom). SWTChart draws; this class only feeds it and
 * turns a drag into a range. UI thread.
 */
public final class LineChart {

	/** Line colours, distinct on white and for the common kinds of colour blindness (Okabe and Ito). */
	private static final RGB[] PALETTE = { new RGB(0, 114, 178), new RGB(213, 94, 0), new RGB(0, 158, 115),
			new RGB(204, 121, 167), new RGB(230, 159, 0), new RGB(86, 180, 233), new RGB(0, 0, 0),
			new RGB(240, 228, 66) };

	private final Chart chart;
	private final List<Color> colors = new ArrayList<>();
	private Range zoom;
	private int dragFrom = -1;
	private int dragTo = -1;

	/** @param zoomed told the time range the user dragged out (milliseconds), or null when the zoom is reset */
	public LineChart(Composite parent, Consumer<Range> zoomed) {
		chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setVisible(false);
		chart.getLegend().setPosition(SWT.BOTTOM);
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.getTitle().setVisible(false);
		x.getTick().setFormat(new SimpleDateFormat("HH:mm:ss")); //$NON-NLS-1$
		chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
		Control plot = chart.getPlotArea().getControl();
		plot.addListener(SWT.MouseDown, e -> {
			if (e.button == 1) {
				dragFrom = e.x;
				dragTo = e.x;
			}
		});
		plot.addListener(SWT.MouseMove, e -> {
			if (dragFrom >= 0) {
				dragTo = e.x;
				plot.redraw();
			}
		});
		plot.addListener(SWT.MouseUp, e -> {
			if (dragFrom < 0) {
				return;
			}
			int from = Math.min(dragFrom, e.x);
			int to = Math.max(dragFrom, e.x);
			dragFrom = -1;
			plot.redraw();
			if (to - from >= 5) { // a click is not a zoom
				zoom = new Range(x.getDataCoordinate(from), x.getDataCoordinate(to));
				zoomed.accept(zoom);
			}
		});
		plot.addListener(SWT.MouseDoubleClick, e -> {
			zoom = null;
			zoomed.accept(null);
		});
		plot.addListener(SWT.Paint, e -> {
			if (dragFrom >= 0 && dragTo != dragFrom) {
				e.gc.setAlpha(60);
				e.gc.setBackground(e.display.getSystemColor(SWT.COLOR_LIST_SELECTION));
				e.gc.fillRectangle(Math.min(dragFrom, dragTo), 0, Math.abs(dragTo - dragFrom), plot.getSize().y);
			}
		});
		chart.addListener(SWT.Dispose, e -> colors.forEach(Color::dispose));
	}

	public Control control() {
		return chart;
	}

	/** Whether the time axis is fixed to a dragged range. */
	boolean zoomed() {
		return zoom != null;
	}

	/** Back to following the newest values. */
	void resetZoom() {
		zoom = null;
	}

	/**
	 * Shows the lines: each with its name, colour ({@code #RRGGBB} or empty for the palette's) and points; the time
	 * axis over the zoom, or over {@code windowMillis} up to now.
	 */
	public void show(List<String> names, List<String> hexColors, List<SeriesPoints.Snapshot> points,
			long windowMillis) {
		chart.suspendUpdate(true);
		try {
			ISeries<?>[] existing = chart.getSeriesSet().getSeries();
			for (ISeries<?> series : existing) {
				if (!isLine(series.getId(), names.size())) {
					chart.getSeriesSet().deleteSeries(series.getId());
				}
			}
			for (int i = 0; i < names.size(); i++) {
				String id = Integer.toString(i);
				ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().getSeries(id);
				if (line == null) {
					line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
					line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
					line.setLineStyle(LineStyle.SOLID);
					line.setAntialias(SWT.ON);
					line.setLineWidth(2);
				}
				line.setDescription(names.get(i));
				line.setLineColor(color(i, hexColors.get(i)));
				SeriesPoints.Snapshot snapshot = points.get(i);
				Date[] times = new Date[snapshot.size()];
				for (int p = 0; p < times.length; p++) {
					times[p] = new Date(snapshot.times()[p]);
				}
				line.setXDateSeries(times);
				line.setYSeries(snapshot.values());
			}
			IAxis x = chart.getAxisSet().getXAxis(0);
			long now = System.currentTimeMillis();
			x.setRange(zoom != null ? zoom : new Range(now - windowMillis, now));
			IAxis y = chart.getAxisSet().getYAxis(0);
			y.adjustRange();
			Range range = y.getRange();
			if (range.upper - range.lower < 1e-9) { // one value, or none: give the line room
				y.setRange(new Range(range.lower - 1, range.upper + 1));
			}
		} finally {
			chart.suspendUpdate(false);
		}
		chart.redraw();
	}

	private static boolean isLine(String id, int count) {
		try {
			return Integer.parseInt(id) < count;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	private Color color(int index, String hex) {
		while (colors.size() <= index) {
			colors.add(null);
		}
		RGB rgb = PALETTE[index % PALETTE.length];
		if (hex != null && hex.matches("#[0-9a-fA-F]{6}")) { //$NON-NLS-1$
			int value = Integer.parseInt(hex.substring(1), 16);
			rgb = new RGB(value >> 16, (value >> 8) & 0xff, value & 0xff);
		}
		Color color = colors.get(index);
		if (color == null || !color.getRGB().equals(rgb)) {
			if (color != null) {
				color.dispose();
			}
			color = new Color(chart.getDisplay(), rgb);
			colors.set(index, color);
		}
		return color;
	}

	/** Saves the chart as it is drawn now, as a PNG image. */
	void savePng(String file) {
		chart.save(file, SWT.IMAGE_PNG);
	}
}
