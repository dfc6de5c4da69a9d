package org.iotbench.ui.internal.dashboards;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.iotbench.dashboards.WidgetState;
import org.iotbench.projects.Widget;

/** The latest messages of the widget's topics, newest first: time, topic (for a filter) and a preview. */
final class LogPart extends WidgetPart {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

	private final org.eclipse.swt.widgets.List list;

	LogPart(Composite parent, Widget widget) {
		super(widget);
		list = new org.eclipse.swt.widgets.List(parent, SWT.V_SCROLL | SWT.H_SCROLL);
	}

	@Override
	Control control() {
		return list;
	}

	@Override
	void show(WidgetState state) {
		List<WidgetState.LogLine> lines = state.logLines();
		boolean filter = widget.getTopic() != null && (widget.getTopic().contains("+") || widget.getTopic().contains("#")); //$NON-NLS-1$ //$NON-NLS-2$
		String[] items = new String[lines.size()];
		for (int i = 0; i < items.length; i++) {
			WidgetState.LogLine line = lines.get(lines.size() - 1 - i);
			String time = TIME.format(Instant.ofEpochMilli(line.time()));
			items[i] = filter ? time + "  " + line.topic() + "  " + line.text() : time + "  " + line.text(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		list.setItems(items);
	}

	@Override
	String shown() {
		return list.getItemCount() == 0 ? "" : list.getItem(0); //$NON-NLS-1$
	}
}
