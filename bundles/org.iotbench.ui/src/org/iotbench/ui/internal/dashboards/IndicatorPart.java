package org.iotbench.ui.internal.dashboards;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.iotbench.dashboards.Condition;
import org.iotbench.dashboards.WidgetState;
import org.iotbench.projects.Widget;

/** A light, lit while the latest value meets the widget's condition; the value in small type beside it. */
final class IndicatorPart extends WidgetPart {

	private static final Color ON = new Color(0x2e, 0xb8, 0x4f);

	private final Canvas canvas;
	private final Condition condition;
	private boolean on;
	private String text = "\u2014"; //$NON-NLS-1$

	IndicatorPart(Composite parent, Widget widget) {
		super(widget);
		Condition parsed;
		try {
			parsed = Condition.parse(widget.getCondition());
		} catch (IllegalArgumentException e) {
			parsed = Condition.parse(null); // the dialog checks conditions; a hand-edited file may not
		}
		condition = parsed;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
	}

	private void paint(GC gc) {
		gc.setAntialias(SWT.ON);
		Point size = canvas.getSize();
		int height = gc.getFontMetrics().getHeight();
		int diameter = Math.max(8, Math.min(size.x - 8, size.y - height - 8));
		int x = (size.x - diameter) / 2;
		gc.setBackground(on ? ON : canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
		gc.fillOval(x, 4, diameter, diameter);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawOval(x, 4, diameter, diameter);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		String drawn = Fit.text(gc, text, size.x - 4);
		gc.drawText(drawn, (size.x - gc.textExtent(drawn).x) / 2, 6 + diameter, true);
	}

	/** Whether the light is on. */
	boolean on() {
		return on;
	}

	@Override
	Control control() {
		return canvas;
	}

	@Override
	void show(WidgetState state) {
		on = condition.test(state.text());
		text = ValueFormat.of(widget, state.text(), state.number());
		canvas.setToolTipText(text);
		canvas.redraw();
	}

	@Override
	String shown() {
		return (on ? "on " : "off ") + text; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
