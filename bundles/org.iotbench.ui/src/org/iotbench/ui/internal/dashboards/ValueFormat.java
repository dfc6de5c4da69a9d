package org.iotbench.ui.internal.dashboards;

import java.util.Locale;

import org.iotbench.projects.Widget;

/** A widget's value as it is shown: a number with the widget's decimals, then its unit. */
final class ValueFormat {

	private ValueFormat() {
	}

	static String of(Widget widget, String text, double number) {
		if (text == null) {
			return "\u2014"; // an em dash: nothing yet //$NON-NLS-1$
		}
		String shown = !Double.isNaN(number) && widget.getDecimals() >= 0
				? String.format(Locale.ROOT, "%." + Math.min(widget.getDecimals(), 10) + "f", number) //$NON-NLS-1$ //$NON-NLS-2$
				: text;
		String unit = widget.getUnit();
		return unit == null || unit.isBlank() ? shown : shown + ' ' + unit.trim();
	}

	static String number(Widget widget, double number) {
		if (widget.getDecimals() >= 0) {
			return String.format(Locale.ROOT, "%." + Math.min(widget.getDecimals(), 10) + "f", number); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number)
				: Double.toString(number);
	}
}
