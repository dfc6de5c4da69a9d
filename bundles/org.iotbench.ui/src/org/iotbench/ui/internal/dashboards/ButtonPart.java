package org.iotbench.ui.internal.dashboards;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.iotbench.dashboards.WidgetState;
import org.iotbench.projects.Widget;
import org.iotbench.ui.internal.Messages;

/** A push button that publishes the widget's payload each time it is pressed. */
final class ButtonPart extends WidgetPart {

	private final Button button;

	ButtonPart(Composite parent, Widget widget, Publisher publisher) {
		super(widget);
		button = new Button(parent, SWT.PUSH);
		String label = widget.getUnit() == null || widget.getUnit().isBlank() ? Messages.Widget_press
				: widget.getUnit().trim(); // a button's "unit" is the word on it
		button.setText(label);
		button.setToolTipText(NLS.bind(Messages.Widget_pressTip, widget.getPayload(), widget.getTopic()));
		button.addListener(SWT.Selection, e -> publisher.publish("")); //$NON-NLS-1$
	}

	/** Presses the button, as a user would. */
	void press() {
		button.notifyListeners(SWT.Selection, null);
	}

	@Override
	Control control() {
		return button;
	}

	@Override
	void show(WidgetState state) {
		// a button shows no state
	}

	@Override
	String shown() {
		return button.getText();
	}
}
