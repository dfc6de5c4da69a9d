package org.iotbench.ui.internal.dashboards;

import org.eclipse.swt.widgets.Control;
import org.iotbench.dashboards.WidgetState;
import org.iotbench.projects.Widget;

/**
 * The body of a widget on a dashboard: what it draws, or the control it offers. It reads the model's settings when it
 * is made (a changed widget gets a new part) and is shown its {@link WidgetState} at most ten times a second, only
 * when the state changed, on the UI thread: nothing it does grows with the message rate.
 */
abstract class WidgetPart {

	/** Publishes a control's value: the frame puts it into the widget's payload template and sends it. */
	interface Publisher {
		void publish(String value);
	}

	protected final Widget widget;

	WidgetPart(Widget widget) {
		this.widget = widget;
	}

	abstract Control control();

	/** Shows the state as it is now. */
	abstract void show(WidgetState state);

	/**
	 * The shortest time between two showings of new states: a chart or a list costs more to show than a number, and
	 * nobody reads it faster.
	 */
	int intervalMs() {
		return DashboardBoard.TICK_MS;
	}

	/** What the part shows now, in words, for tests and tooltips. */
	abstract String shown();
}
