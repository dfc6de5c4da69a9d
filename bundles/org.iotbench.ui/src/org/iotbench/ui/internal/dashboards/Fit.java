package org.iotbench.ui.internal.dashboards;

import org.eclipse.swt.graphics.GC;

/** Text cut to a width with an ellipsis, for widgets that draw their own text. */
final class Fit {

	private static final String ELLIPSIS = "\u2026"; //$NON-NLS-1$

	private Fit() {
	}

	static String text(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		int low = 0;
		int high = text.length();
		while (low < high) { // the longest prefix that fits with the ellipsis
			int middle = (low + high + 1) >>> 1;
			if (gc.textExtent(text.substring(0, middle) + ELLIPSIS).x <= width) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return text.substring(0, low) + ELLIPSIS;
	}
}
