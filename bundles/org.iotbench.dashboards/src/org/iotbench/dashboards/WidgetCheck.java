package org.iotbench.dashboards;

import org.eclipse.osgi.util.NLS;
import org.iotbench.core.Topics;
import org.iotbench.dashboards.internal.Messages;
import org.iotbench.payloads.JsonPath;
import org.iotbench.projects.ChartSeries;
import org.iotbench.projects.Widget;
import org.iotbench.projects.WidgetKind;

/**
 * What is wrong with a widget's settings, in words a user can act on: a control must publish to one topic (no
 * wildcard), a range needs min below max, a JSON path, a condition, colour zones, choices and a payload template must
 * parse. The dialog shows it before anything is saved; a dashboard file with such a widget is refused.
 */
public final class WidgetCheck {

	private WidgetCheck() {
	}

	/** Whether the widget publishes (a control) rather than shows. */
	public static boolean isControl(WidgetKind kind) {
		return kind.getValue() >= WidgetKind.BUTTON_VALUE;
	}

	/** @return null when the settings are right, else the first thing wrong */
	public static String problem(Widget widget) {
		WidgetKind kind = widget.getKind();
		String topic = widget.getTopic() == null ? "" : widget.getTopic().trim(); //$NON-NLS-1$
		if (isControl(kind)) {
			String wrong = Topics.checkTopic(topic);
			if (wrong != null) {
				return topic.contains("+") || topic.contains("#") //$NON-NLS-1$ //$NON-NLS-2$
						? NLS.bind(Messages.Check_controlWildcard, topic) : wrong;
			}
			String template = ControlPayload.check(widget.getPayload());
			if (template != null) {
				return template;
			}
			if (widget.getQos() < 0 || widget.getQos() > 2) {
				return NLS.bind(Messages.Check_qos, Integer.toString(widget.getQos()));
			}
			if (widget.getStatusTopic() != null && !widget.getStatusTopic().isBlank()) {
				String status = Topics.checkFilter(widget.getStatusTopic().trim());
				if (status != null) {
					return status;
				}
			}
		} else if (!topic.isEmpty() || !(kind == WidgetKind.LINE || kind == WidgetKind.BAR)) {
			// a chart may take all its lines from its series; every other display needs its topic
			String wrong = Topics.checkFilter(topic);
			if (wrong != null) {
				return wrong;
			}
		}
		String path = pathProblem(widget.getJsonPath());
		if (path != null) {
			return path;
		}
		for (ChartSeries series : widget.getSeries()) {
			String wrong = Topics.checkFilter(series.getTopicFilter() == null ? "" : series.getTopicFilter().trim()); //$NON-NLS-1$
			if (wrong == null) {
				wrong = pathProblem(series.getJsonPath());
			}
			if (wrong != null) {
				return wrong;
			}
		}
		if ((kind == WidgetKind.GAUGE || kind == WidgetKind.BAR || kind == WidgetKind.SLIDER)
				&& !(widget.getMin() < widget.getMax())) {
			return NLS.bind(Messages.Check_range, number(widget.getMin()), number(widget.getMax()));
		}
		if ((kind == WidgetKind.SLIDER || kind == WidgetKind.INPUT) && !(widget.getStep() > 0)) {
			return NLS.bind(Messages.Check_step, number(widget.getStep()));
		}
		try {
			if (kind == WidgetKind.GAUGE) {
				ColorZones.parse(widget.getZones());
			}
			if (kind == WidgetKind.INDICATOR) {
				Condition.parse(widget.getCondition());
			}
			if (kind == WidgetKind.CHOICE) {
				Choices.parse(widget.getChoices());
			}
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
		if (kind == WidgetKind.SWITCH && String.valueOf(widget.getOnPayload()).equals(widget.getOffPayload())) {
			return Messages.Check_switchSame;
		}
		if (widget.getWidth() < 1 || widget.getHeight() < 1 || widget.getColumn() < 0 || widget.getRow() < 0) {
			return Messages.Check_place;
		}
		if (widget.getStaleSeconds() < 0) {
			return Messages.Check_stale;
		}
		if (kind == WidgetKind.LINE && widget.getWindowSeconds() < 1) {
			return Messages.Check_window;
		}
		if ((kind == WidgetKind.LINE || kind == WidgetKind.BAR) && topic.isEmpty() && widget.getSeries().isEmpty()) {
			return Messages.Check_noLine;
		}
		return null;
	}

	private static String pathProblem(String path) {
		if (path == null || path.isBlank()) {
			return null;
		}
		try {
			JsonPath.parse(path.trim());
			return null;
		} catch (IllegalArgumentException e) {
			return NLS.bind(Messages.Check_path, path.trim(), e.getMessage());
		}
	}

	private static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}
}
