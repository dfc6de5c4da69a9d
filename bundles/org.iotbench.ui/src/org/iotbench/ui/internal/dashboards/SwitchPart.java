package org.iotbench.ui.internal.dashboards;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.iotbench.dashboards.Condition;
import org.iotbench.dashboards.WidgetState;
import org.iotbench.projects.Widget;
import org.iotbench.ui.internal.Messages;

/**
 * An on/off switch. Turning it publishes the on or off payload; what it shows is the device's state when the widget
 * has a status topic (until the device answers, it shows what was asked), else
 * what it last sent.
 */
final class SwitchPart extends WidgetPart {

	/** What the switch knows of the state. */
	enum State {
		ON, OFF, UNKNOWN
	}

	private final Button button;
	private final Publisher publisher;
	private State state = State.UNKNOWN;
	private long seenVersion = -1;

	SwitchPart(Composite parent, Widget widget, Publisher publisher) {
		super(widget);
		this.publisher = publisher;
		button = new Button(parent, SWT.TOGGLE);
		button.addListener(SWT.Selection, e -> turn(button.getSelection()));
		paintState();
	}

	/** Turns the switch, as a user would. */
	void turn(boolean on) {
		button.setSelection(on);
		state = on ? State.ON : State.OFF;
		paintState();
		publisher.publish(on ? widget.getOnPayload() : widget.getOffPayload());
	}

	private void paintState() {
		button.setSelection(state == State.ON);
		button.setText(switch (state) {
		case ON -> Messages.Widget_on;
		case OFF -> Messages.Widget_off;
		default -> Messages.Widget_unknown;
		});
		button.setToolTipText(state == State.UNKNOWN ? Messages.Widget_unknownTip : null);
	}

	/** The state a status or sent payload means, or UNKNOWN. */
	State stateOf(String text) {
		if (text == null) {
			return State.UNKNOWN;
		}
		String value = text.trim();
		if (value.equals(trim(widget.getOnPayload()))) {
			return State.ON;
		}
		if (value.equals(trim(widget.getOffPayload()))) {
			return State.OFF;
		}
		return Condition.truthy(value) ? State.ON : Condition.falsy(value) ? State.OFF : State.UNKNOWN;
	}

	private static String trim(String text) {
		return text == null ? "" : text.trim(); //$NON-NLS-1$
	}

	State state() {
		return state;
	}

	@Override
	Control control() {
		return button;
	}

	@Override
	void show(WidgetState widgetState) {
		if (widgetState.version() == seenVersion || widgetState.text() == null) {
			return;
		}
		seenVersion = widgetState.version();
		state = stateOf(widgetState.text());
		paintState();
	}

	@Override
	String shown() {
		return state.name();
	}
}
