package org.iotbench.ui.internal.projects;

import java.time.format.DateTimeFormatter;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.osgi.util.NLS;
import org.iotbench.ui.internal.Messages;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.Payloads;

/** The selected message in full: topic, time, QoS, retain and the payload as JSON (pretty), text or hex. */
final class MessageDetail {

	/** The most payload bytes shown. */
	static final int SHOWN_BYTES = 32 * 1024;

	private final Text text;

	MessageDetail(Composite parent) {
		text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP | SWT.BORDER);
		text.setMessage(Messages.Detail_hint);
		text.setFont(JFaceResources.getTextFont());
	}

	void show(Message message) {
		if (message == null) {
			text.setText(""); //$NON-NLS-1$
			return;
		}
		byte[] payload = message.payload();
		// the native text widget lays out everything it holds: show a bounded beginning of a large payload
		byte[] shown = Payloads.prefix(payload, SHOWN_BYTES);
		Payloads.Format format = Payloads.guess(shown);
		String decoded = Payloads.decode(shown, format);
		if (shown != payload) {
			decoded += NLS.bind(Messages.Detail_truncated, Integer.toString(shown.length),
					Integer.toString(payload.length));
		}
		text.setText(message.direction() + "  " + message.topic() + "  QoS " + message.qos() //$NON-NLS-1$ //$NON-NLS-2$
				+ (message.retained() ? "  retained" : "") + "  " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ DateTimeFormatter.ISO_INSTANT.format(message.time()) + "  " + payload.length + " bytes, " //$NON-NLS-1$ //$NON-NLS-2$
				+ format + "\n\n" + decoded); //$NON-NLS-1$
	}

	/** What the pane shows now. */
	String text() {
		return text.getText();
	}
}
