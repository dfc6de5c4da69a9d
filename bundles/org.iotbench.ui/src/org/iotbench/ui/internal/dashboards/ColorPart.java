package org.iotbench.ui.internal.dashboards;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.iotbench.dashboards.ColorZones;
import org.iotbench.dashboards.WidgetState;
import org.iotbench.projects.Widget;
import org.iotbench.ui.internal.Messages;

/**
 * A colour swatch for an RGB LED: a click opens the colour chooser, and the colour picked is published as
 * {@code #rrggbb} (its parts are {@code ${r}}, {@code ${g}}, {@code ${b}} in the payload template).
 */
final class ColorPart extends WidgetPart {

	private final Canvas swatch;
	private final Publisher publisher;
	private RGB rgb;

	ColorPart(Composite parent, Widget widget, Publisher publisher) {
		super(widget);
		this.publisher = publisher;
		swatch = new Canvas(parent, SWT.BORDER | SWT.DOUBLE_BUFFERED);
		swatch.setToolTipText(Messages.Widget_colorTip);
		swatch.addListener(SWT.Paint, e -> {
			if (rgb != null) {
				e.gc.setBackground(new Color(rgb));
				e.gc.fillRectangle(swatch.getClientArea());
			}
			String text = rgb == null ? Messages.Widget_colorPick : hex(rgb);
			boolean dark = rgb != null && rgb.red * 299 + rgb.green * 587 + rgb.blue * 114 < 128_000;
			e.gc.setForeground(e.display.getSystemColor(dark ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
			e.gc.drawText(text, 6, 4, true);
		});
		swatch.addListener(SWT.MouseUp, e -> {
			ColorDialog dialog = new ColorDialog(swatch.getShell());
			if (rgb != null) {
				dialog.setRGB(rgb);
			}
			RGB picked = dialog.open();
			if (picked != null) {
				pick(picked);
			}
		});
	}

	/** Picks a colour, as a user would in the colour chooser. */
	void pick(RGB picked) {
		rgb = picked;
		swatch.redraw();
		publisher.publish(hex(picked));
	}

	static String hex(RGB rgb) {
		return String.format(Locale.ROOT, "#%02x%02x%02x", rgb.red, rgb.green, rgb.blue); //$NON-NLS-1$
	}

	@Override
	Control control() {
		return swatch;
	}

	@Override
	void show(WidgetState state) {
		int value = ColorZones.rgb(state.text() == null ? null : state.text().trim());
		if (value >= 0) {
			rgb = new RGB(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
			swatch.redraw();
		}
	}

	@Override
	String shown() {
		return rgb == null ? "" : hex(rgb); //$NON-NLS-1$
	}
}
