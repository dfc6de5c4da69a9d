package org.iotbench.ui.internal.projects;

import java.time.format.DateTimeFormatter;

import org.iotbench.sessions.Message;
import org.iotbench.payloads.Decoded;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.payloads.Payloads;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.properties.ReadOnlyPropertySource;

/** A message in the Properties view (read-only). */
final class MessagePropertySource extends ReadOnlyPropertySource {

	private static final String[] IDS = { "topic", "direction", "time", "qos", "retained", "size", "format", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"payload", "sequence" }; //$NON-NLS-1$ //$NON-NLS-2$

	private final Message message;
	private final PayloadDecoder decoder;
	private Decoded decoded;

	MessagePropertySource(Message message, PayloadDecoder decoder) {
		super(Messages.MessageProperty_category, IDS,
				new String[] { Messages.Messages_topic, Messages.MessageProperty_direction, Messages.Messages_time,
						Messages.Messages_qos, Messages.MessageProperty_retained, Messages.MessageProperty_size,
						Messages.MessageProperty_format, Messages.Messages_payload, Messages.MessageProperty_sequence },
				null);
		this.message = message;
		this.decoder = decoder;
	}

	/** The payload decoded, once (a message does not change), or null when it is too large to decode. */
	private Decoded decoded() {
		if (decoded == null && message.payload().length <= MessageDetail.DECODED_BYTES) {
			decoded = decoder.decode(message.topic(), message.payload());
		}
		return decoded;
	}

	@Override
	public Object getPropertyValue(Object id) {
		return switch ((String) id) {
		case "topic" -> message.topic(); //$NON-NLS-1$
		case "direction" -> message.direction().toString(); //$NON-NLS-1$
		case "time" -> DateTimeFormatter.ISO_INSTANT.format(message.time()); //$NON-NLS-1$
		case "qos" -> Integer.toString(message.qos()); //$NON-NLS-1$
		case "retained" -> Boolean.toString(message.retained()); //$NON-NLS-1$
		case "size" -> Integer.toString(message.payload().length); //$NON-NLS-1$
		case "format" -> decoded() == null ? "" : decoded().label(); //$NON-NLS-1$ //$NON-NLS-2$
		case "payload" -> decoded() == null ? Payloads.preview(message.payload(), 2_000) : decoded().preview(2_000); //$NON-NLS-1$
		case "sequence" -> Long.toString(message.sequence()); //$NON-NLS-1$
		default -> null;
		};
	}
}
