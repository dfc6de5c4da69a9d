package org.iotbench.ui.internal.dashboards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.iotbench.dashboards.WidgetState;
import org.iotbench.projects.Widget;

/**
 * A slider from min to max in steps. It publishes its value when released (mouse or keys), or, when the widget says
 * so, while it is dragged, at most five times a second and always its last value. With a status topic, it follows the
 * device's number whenever the user is not holding it.
 */
final class SliderPart extends WidgetPart {

	/** The shortest time between two publishes while dragging. */
	static final int DRAG_INTERVAL_MS = 200;
	/** The most positions a slider has, whatever its range and step. */
	private static final int MAX_TICKS = 10_000;

	private final Composite body;
	private final Scale scale;
	private final Label value;
	private final Publisher publisher;
	private final double step;
	private boolean holding;
	private long lastSent;
	private boolean trailing;
	private String sentValue;

	SliderPart(Composite parent, Widget widget, Publisher publisher) {
		super(widget);
		this.publisher = publisher;
		double range = widget.getMax() - widget.getMin();
		step = range / widget.getStep() > MAX_TICKS ? range / MAX_TICKS : widget.getStep();
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
		scale = new Scale(body, SWT.HORIZONTAL);
		scale.setMinimum(0);
		scale.setMaximum(Math.max(1, (int) Math.round(range / step)));
		scale.setIncrement(1);
		scale.setPageIncrement(Math.max(1, scale.getMaximum() / 10));
		GridDataFactory.fillDefaults().grab(true, true).align(SWT.FILL, SWT.CENTER).applyTo(scale);
		value = new Label(body, SWT.RIGHT);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(70, SWT.DEFAULT).applyTo(value);
		scale.addListener(SWT.MouseDown, e -> holding = true);
		scale.addListener(SWT.MouseUp, e -> {
			holding = false;
			release();
		});
		scale.addListener(SWT.KeyUp, e -> release());
		scale.addListener(SWT.Selection, e -> moved());
		showValue();
	}

	/** The value the slider stands at. */
	String current() {
		return ValueFormat.number(widget, widget.getMin() + scale.getSelection() * step);
	}

	/** Moves the slider to a value and lets go of it, as a user would. */
	void slideTo(double target) {
		scale.setSelection((int) Math.round((target - widget.getMin()) / step));
		showValue();
		release();
	}

	private void showValue() {
		String unit = widget.getUnit() == null || widget.getUnit().isBlank() ? "" : ' ' + widget.getUnit().trim(); //$NON-NLS-1$
		value.setText(current() + unit);
	}

	private void moved() {
		showValue();
		if (!widget.isWhileDragging() || !holding) {
			return;
		}
		long now = System.currentTimeMillis();
		if (now - lastSent >= DRAG_INTERVAL_MS) {
			send();
		} else if (!trailing) { // the last position of a burst is sent too
			trailing = true;
			scale.getDisplay().timerExec((int) (DRAG_INTERVAL_MS - (now - lastSent)), () -> {
				trailing = false;
				if (!scale.isDisposed() && holding) {
					send();
				}
			});
		}
	}

	private void release() {
		if (!current().equals(sentValue)) {
			send();
		}
	}

	private void send() {
		lastSent = System.currentTimeMillis();
		sentValue = current();
		publisher.publish(sentValue);
	}

	@Override
	Control control() {
		return body;
	}

	@Override
	void show(WidgetState state) {
		if (holding || Double.isNaN(state.number())) {
			return;
		}
		scale.setSelection((int) Math.round((state.number() - widget.getMin()) / step));
		showValue();
		sentValue = current();
	}

	@Override
	String shown() {
		return current();
	}
}
