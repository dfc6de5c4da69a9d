package org.iotbench.ui.internal.dashboards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.iotbench.dashboards.WidgetState;
import org.iotbench.projects.Widget;
import org.iotbench.ui.internal.Messages;

/** A field and a Send button (or Enter): publishes what was typed, put into the payload template. */
final class InputPart extends WidgetPart {

	private final Composite body;
	private final Text text;

	InputPart(Composite parent, Widget widget, Publisher publisher) {
		super(widget);
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
		text = new Text(body, SWT.BORDER | SWT.SINGLE);
		text.setMessage(Messages.Widget_inputHint);
		GridDataFactory.fillDefaults().grab(true, true).align(SWT.FILL, SWT.CENTER).applyTo(text);
		Button send = new Button(body, SWT.PUSH);
		send.setText(Messages.Widget_send);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(send);
		send.addListener(SWT.Selection, e -> publisher.publish(text.getText()));
		text.addListener(SWT.DefaultSelection, e -> publisher.publish(text.getText()));
	}

	/** Types a value and sends it, as a user would. */
	void send(String typed) {
		text.setText(typed);
		text.notifyListeners(SWT.DefaultSelection, null);
	}

	@Override
	Control control() {
		return body;
	}

	@Override
	void show(WidgetState state) {
		if (state.text() != null && !text.isFocusControl()) {
			text.setText(state.text());
		}
	}

	@Override
	String shown() {
		return text.getText();
	}
}
