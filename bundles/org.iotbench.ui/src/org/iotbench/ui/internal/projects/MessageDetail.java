package org.iotbench.ui.internal.projects;

import java.time.format.DateTimeFormatter;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.osgi.util.NLS;
import org.iotbench.ui.internal.Messages;
import org.iotbench.sessions.Message;
import org.iotbench.payloads.Payloads;

/** The selected message in full: topic, time, QoS, retain and the payload as JSON (pretty), text or hex. */
final class MessageDetail {

	/** The most payload bytes shown. */
	static final int SHOWN_BYTES = 32 * 1024;

	private final Text text;
	/** True while the pane shows the hint instead of a message. */
	private boolean hint;

	MessageDetail(Composite parent) {
		text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP | SWT.BORDER);
		text.setFont(JFaceResources.getTextFont());
		show(null);
	}

	void show(Message message) {
		if (message == null) {
			// a multi-line text shows no placeholder message on GTK: the hint is the text, in grey
			hint = true;
			text.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			text.setText(Messages.Detail_hint);
			return;
		}
		if (hint) {
			hint = false;
			text.setForeground(null);
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

	/** The message the pane shows now, or "" when none is selected. */
	String text() {
		return hint ? "" : text.getText(); //$NON-NLS-1$
	}
}
