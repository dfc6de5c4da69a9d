package org.iotbench.ui.internal.dashboards;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.iotbench.dashboards.WidgetState;
import org.iotbench.projects.Widget;

/**
 * The latest messages of the widget's topics, newest at the top: time, topic (for a filter) and a preview, as many
 * lines as fit. Drawn, not a native list: a native list re-lays out all its items at each change, which took the UI
 * thread over a second a time with thirty logs under a flood. Older messages are in the project's message list.
 */
final class LogPart extends WidgetPart {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

	private final Canvas canvas;
	private final boolean filter;
	private List<WidgetState.LogLine> lines = List.of();

	LogPart(Composite parent, Widget widget) {
		super(widget);
		filter = widget.getTopic() != null && (widget.getTopic().contains("+") || widget.getTopic().contains("#")); //$NON-NLS-1$ //$NON-NLS-2$
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		canvas.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
	}

	private void paint(GC gc) {
		Point size = canvas.getSize();
		int height = gc.getFontMetrics().getHeight();
		int y = 2;
		for (int i = lines.size() - 1; i >= 0 && y < size.y; i--) {
			gc.drawText(Fit.text(gc, line(lines.get(i)), size.x - 6), 3, y, true);
			y += height;
		}
	}

	private String line(WidgetState.LogLine line) {
		String time = TIME.format(Instant.ofEpochMilli(line.time()));
		return filter ? time + "  " + line.topic() + "  " + line.text() : time + "  " + line.text(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** A log is shown new lines four times a second. */
	@Override
	int intervalMs() {
		return 250;
	}

	@Override
	Control control() {
		return canvas;
	}

	@Override
	void show(WidgetState state) {
		lines = state.logLines();
		canvas.setToolTipText(lines.isEmpty() ? null : line(lines.get(lines.size() - 1)));
		canvas.redraw();
	}

	@Override
	String shown() {
		return lines.isEmpty() ? "" : line(lines.get(lines.size() - 1)); //$NON-NLS-1$
	}
}
