package org.iotbench.ui.internal.dashboards;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.iotbench.dashboards.ColorZones;
import org.iotbench.dashboards.WidgetState;
import org.iotbench.projects.Widget;

/**
 * A dial from min to max over 240 degrees, filled to the latest number in the colour of its zone. Drawn here: neither
 * SWTChart nor any maintained SWT library on Maven Central has a gauge.
 */
final class GaugePart extends WidgetPart {

	private static final int START = 210;
	private static final int SWEEP = 240;
	/** The colour of a value below every zone: the first colour of the line charts' palette. */
	private static final int PLAIN = 0x0072B2;
	/** The part of the dial not filled: light grey, visible on the widget's background. */
	private static final Color TRACK = new Color(0xdd, 0xdd, 0xdd);

	private final Canvas canvas;
	private final Font large;
	private final ColorZones zones;
	private double number = Double.NaN;
	private String text = "\u2014"; //$NON-NLS-1$

	GaugePart(Composite parent, Widget widget) {
		super(widget);
		ColorZones parsed;
		try {
			parsed = ColorZones.parse(widget.getZones());
		} catch (IllegalArgumentException e) {
			parsed = ColorZones.parse(""); // the dialog checks zones; a hand-edited file may not //$NON-NLS-1$
		}
		zones = parsed;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		FontData[] data = JFaceResources.getDefaultFont().getFontData();
		for (FontData each : data) {
			each.setHeight(each.getHeight() + 4);
			each.setStyle(SWT.BOLD);
		}
		large = new Font(parent.getDisplay(), data);
		canvas.addListener(SWT.Dispose, e -> large.dispose());
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
	}

	/** Where the needle stands, from 0 at min to 1 at max (clamped), or -1 for no number. */
	double fraction() {
		if (Double.isNaN(number)) {
			return -1;
		}
		double fraction = (number - widget.getMin()) / (widget.getMax() - widget.getMin());
		return Math.max(0, Math.min(1, fraction));
	}

	/** The colour the dial is filled with now, as 0xRRGGBB. */
	int color() {
		int zone = Double.isNaN(number) ? -1 : zones.colorOf(number);
		return zone < 0 ? PLAIN : zone;
	}

	private void paint(GC gc) {
		gc.setAntialias(SWT.ON);
		Point size = canvas.getSize();
		int labels = gc.getFontMetrics().getHeight();
		int diameter = Math.max(10, Math.min(size.x - 16, (size.y - labels) * 2 - 8));
		int thickness = Math.max(6, diameter / 9);
		int x = (size.x - diameter) / 2;
		int y = Math.max(4, (size.y - labels - diameter / 2) / 2 + 4);
		gc.setLineCap(SWT.CAP_FLAT);
		gc.setLineWidth(thickness);
		gc.setForeground(TRACK);
		int inset = thickness / 2;
		gc.drawArc(x + inset, y + inset, diameter - thickness, diameter - thickness, START, -SWEEP);
		double fraction = fraction();
		if (fraction > 0) {
			int rgb = color();
			Color fill = new Color(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
			gc.setForeground(fill);
			gc.drawArc(x + inset, y + inset, diameter - thickness, diameter - thickness, START,
					(int) -Math.round(SWEEP * fraction));
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		gc.setLineWidth(1);
		gc.setFont(large);
		String drawn = Fit.text(gc, text, Math.max(10, diameter - 2 * thickness));
		Point extent = gc.textExtent(drawn);
		gc.drawText(drawn, (size.x - extent.x) / 2, y + diameter / 2 - extent.y / 2, true);
		gc.setFont(canvas.getFont());
		String low = ValueFormat.number(widget, widget.getMin());
		String high = ValueFormat.number(widget, widget.getMax());
		int bottom = Math.min(size.y - labels, y + diameter / 2 + diameter / 4);
		gc.drawText(low, x, bottom, true);
		gc.drawText(high, x + diameter - gc.textExtent(high).x, bottom, true);
	}

	@Override
	Control control() {
		return canvas;
	}

	@Override
	void show(WidgetState state) {
		number = state.number();
		text = ValueFormat.of(widget, state.text(), number);
		canvas.setToolTipText(text);
		canvas.redraw();
	}

	@Override
	String shown() {
		return text;
	}
}
