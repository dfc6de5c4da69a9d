package org.iotbench.ui.internal.dashboards;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.iotbench.dashboards.WidgetState;
import org.iotbench.projects.Widget;

/** The latest value in large type, with its unit; too long a value ends in an ellipsis and shows whole in a tooltip. */
final class ValuePart extends WidgetPart {

	private final Canvas canvas;
	private final Font large;
	private String text = "\u2014"; //$NON-NLS-1$

	ValuePart(Composite parent, Widget widget) {
		super(widget);
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		FontData[] data = JFaceResources.getDefaultFont().getFontData();
		for (FontData each : data) {
			each.setHeight(each.getHeight() * 2 + 4);
			each.setStyle(SWT.BOLD);
		}
		large = new Font(parent.getDisplay(), data);
		canvas.addListener(SWT.Dispose, e -> large.dispose());
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
	}

	private void paint(GC gc) {
		gc.setFont(large);
		Point size = canvas.getSize();
		String drawn = Fit.text(gc, text, size.x - 8);
		Point extent = gc.textExtent(drawn);
		gc.drawText(drawn, Math.max(4, (size.x - extent.x) / 2), Math.max(0, (size.y - extent.y) / 2), true);
	}

	@Override
	Control control() {
		return canvas;
	}

	@Override
	void show(WidgetState state) {
		text = ValueFormat.of(widget, state.text(), state.number());
		canvas.setToolTipText(text);
		canvas.redraw();
	}

	@Override
	String shown() {
		return text;
	}
}
