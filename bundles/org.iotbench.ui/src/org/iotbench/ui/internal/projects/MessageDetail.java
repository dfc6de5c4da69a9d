package org.iotbench.ui.internal.projects;

import java.time.format.DateTimeFormatter;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.Payloads;

/** The selected message in full: topic, time, QoS, retain and the payload as JSON (pretty), text or hex. */
final class MessageDetail {

	private final Text text;

	MessageDetail(Composite parent) {
		text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		text.setFont(JFaceResources.getTextFont());
	}

	void show(Message message) {
		if (message == null) {
			text.setText(""); //$NON-NLS-1$
			return;
		}
		Payloads.Format format = Payloads.guess(message.payload());
		text.setText(message.direction() + "  " + message.topic() + "  QoS " + message.qos() //$NON-NLS-1$ //$NON-NLS-2$
				+ (message.retained() ? "  retained" : "") + "  " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ DateTimeFormatter.ISO_INSTANT.format(message.time()) + "  " + message.payload().length + " bytes, " //$NON-NLS-1$ //$NON-NLS-2$
				+ format + "\n\n" + Payloads.decode(message.payload(), format)); //$NON-NLS-1$
	}
}
