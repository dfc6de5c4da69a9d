package org.iotbench.ui.internal.projects;

import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.iotbench.payloads.Decoded;
import org.iotbench.payloads.Format;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.payloads.Payloads;
import org.iotbench.sessions.Message;
import org.iotbench.ui.internal.Messages;

import com.google.gson.JsonElement;

/**
 * The selected message in full: topic, time, QoS, retain and the payload decoded in the format the project declares
 * for the topic, or a guessed one (said so), or the one the user picks in "Show as". A link declares the format of
 * the topic for the project.
 */
final class MessageDetail {

	/** The most payload bytes shown as text or hex. */
	static final int SHOWN_BYTES = 32 * 1024;
	/** The largest payload decoded whole (CBOR and the others cannot be decoded from a beginning). */
	static final int DECODED_BYTES = 1024 * 1024;
	/** The most characters the native text widget is given. */
	private static final int SHOWN_CHARS = 32 * 1024;
	/** The formats the user can pick; Protobuf needs a schema, so only a declaration gives it. */
	private static final Format[] CHOICES = { Format.TEXT, Format.JSON, Format.HEX, Format.BASE64, Format.CBOR,
			Format.MESSAGEPACK, Format.SPARKPLUG_B };

	private final Composite area;
	private final Label format;
	private final Combo showAs;
	private final Link declare;
	private final Text text;
	private final Supplier<PayloadDecoder> decoder;
	private Message shown;
	/** The format the shown payload is in, as decoded: what a new declaration for its topic starts with. */
	private Format shownFormat = Format.JSON;
	/** The decoded structure of the shown payload, or null: its numeric fields are what a chart line offers. */
	private JsonElement shownValue;
	/** True while the pane shows the hint instead of a message. */
	private boolean hint;

	/**
	 * @param decoder the project's decoder now
	 * @param declarer opens the declaration of the format of a topic, starting with the format shown
	 * @param charter  adds a line of a topic to a chart, offering the fields of the decoded payload shown
	 */
	MessageDetail(Composite parent, Supplier<PayloadDecoder> decoder, BiConsumer<String, Format> declarer,
			BiConsumer<String, JsonElement> charter) {
		this.decoder = decoder;
		area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(0, 4).applyTo(area);
		// the pane is narrow beside the list: the format on a line of its own, then the choice and the link
		format = new Label(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(40, SWT.DEFAULT).applyTo(format);
		showAs = new Combo(area, SWT.READ_ONLY);
		showAs.add(Messages.Detail_showAsDeclared);
		for (Format choice : CHOICES) {
			showAs.add(choice.label());
		}
		showAs.select(0);
		showAs.setToolTipText(Messages.Detail_showAsTip);
		showAs.addListener(SWT.Selection, e -> show(shown));
		declare = new Link(area, SWT.NONE);
		declare.setText("<a href=\"declare\">" + Messages.Detail_declare + "</a>   <a href=\"chart\">" //$NON-NLS-1$ //$NON-NLS-2$
				+ Messages.Detail_chart + "</a>"); //$NON-NLS-1$
		declare.setToolTipText(Messages.Detail_declareTip + '\n' + Messages.Detail_chartTip);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.BEGINNING, SWT.CENTER).applyTo(declare);
		declare.addListener(SWT.Selection, e -> {
			if (shown == null) {
				return;
			}
			if ("chart".equals(e.text)) { //$NON-NLS-1$
				charter.accept(shown.topic(), shownValue);
			} else {
				declarer.accept(shown.topic(), shownFormat);
			}
		});
		text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP | SWT.BORDER);
		text.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(100, 100).applyTo(text);
		show(null);
	}

	/** Shows a message, or the hint for none. */
	void show(Message message) {
		shown = message;
		declare.setEnabled(message != null);
		if (message == null) {
			// a multi-line text shows no placeholder message on GTK: the hint is the text, in grey
			hint = true;
			text.setForeground(text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			text.setText(Messages.Detail_hint);
			format.setText(""); //$NON-NLS-1$
			format.setToolTipText(null);
			return;
		}
		if (hint) {
			hint = false;
			text.setForeground(null);
		}
		byte[] payload = message.payload();
		String label;
		String tip;
		String body;
		if (payload.length <= DECODED_BYTES) {
			int choice = showAs.getSelectionIndex();
			Decoded decoded = choice <= 0 ? decoder.get().decode(message.topic(), payload)
					: decoder.get().decode(payload, CHOICES[choice - 1]);
			label = decoded.label();
			shownFormat = decoded.format();
			shownValue = decoded.value();
			tip = decoded.problem() != null ? decoded.problem()
					: decoded.guessed() ? Messages.Detail_guessedTip : Messages.Detail_declaredTip;
			body = decoded.text();
		} else {
			// the native text widget lays out everything it holds: show a bounded beginning of a large payload
			byte[] start = Payloads.prefix(payload, SHOWN_BYTES);
			boolean isText = Payloads.isText(start);
			label = (isText ? Format.TEXT : Format.HEX).label();
			shownValue = null;
			tip = Messages.Detail_notDecodedTip;
			body = (isText ? Payloads.decode(start, Payloads.Format.TEXT) : Payloads.hex(start))
					+ NLS.bind(Messages.Detail_truncated, Integer.toString(start.length),
							Integer.toString(payload.length));
		}
		if (body.length() > SHOWN_CHARS) {
			body = body.substring(0, SHOWN_CHARS) + NLS.bind(Messages.Detail_truncatedChars,
					Integer.toString(SHOWN_CHARS), Integer.toString(body.length()));
		}
		format.setText(label);
		format.setToolTipText(label + "\n" + tip); //$NON-NLS-1$
		text.setText(message.direction() + "  " + message.topic() + "  QoS " + message.qos() //$NON-NLS-1$ //$NON-NLS-2$
				+ (message.retained() ? "  retained" : "") + "  " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ DateTimeFormatter.ISO_INSTANT.format(message.time()) + "  " + payload.length + " bytes, " //$NON-NLS-1$ //$NON-NLS-2$
				+ label + "\n\n" + body); //$NON-NLS-1$
	}

	/** The whole pane, for the layout of the editor. */
	Composite control() {
		return area;
	}

	/** The message the pane shows now, or "" when none is selected. */
	String text() {
		return hint ? "" : text.getText(); //$NON-NLS-1$
	}

	/** The format line above the payload. */
	String formatLabel() {
		return format.getText();
	}

	/** Picks "Show as": 0 for the declared or guessed format, then text, JSON, hex... */
	void showAs(int choice) {
		showAs.select(choice);
		show(shown);
	}
}
