package org.iotbench.ui.internal.topics;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.iotbench.history.TopicNode;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.properties.ReadOnlyPropertySource;

/** A level of the topic tree in the Properties view (read-only): its figures as they are when it is shown. */
final class TopicPropertySource extends ReadOnlyPropertySource {

	private static final String[] IDS = { "topic", "own", "subtree", "bytes", "rate", "byteRate", "retained", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"lastTime", "lastSize", "lastFormat", "last" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final int PREVIEW_CHARS = 2_000;

	private final TopicNode node;
	private final PayloadDecoder decoder;

	TopicPropertySource(TopicNode node, PayloadDecoder decoder) {
		// the Properties view's name column is narrow: short names, and the whole sentence in the status line
		super(Messages.TopicProperty_category, IDS,
				new String[] { Messages.Topics_topic, Messages.TopicProperty_own, Messages.TopicProperty_subtree,
						Messages.TopicProperty_bytes, Messages.Topics_rate, Messages.Topics_bytes,
						Messages.TopicProperty_retained, Messages.TopicProperty_lastTime,
						Messages.TopicProperty_lastSize, Messages.MessageProperty_format, Messages.Topics_last },
				new String[] { null, Messages.TopicProperty_ownTip, Messages.TopicProperty_subtreeTip,
						Messages.TopicProperty_bytesTip, Messages.Topics_rate, Messages.Topics_bytes,
						Messages.TopicProperty_retainedTip, Messages.TopicProperty_lastTimeTip,
						Messages.TopicProperty_lastSizeTip, Messages.MessageProperty_format, Messages.Topics_last });
		this.node = node;
		this.decoder = decoder;
	}

	@Override
	public Object getPropertyValue(Object id) {
		long now = System.currentTimeMillis();
		byte[] last = node.lastPayload();
		return switch ((String) id) {
		case "topic" -> node.topic(); //$NON-NLS-1$
		case "own" -> Long.toString(node.ownCount()); //$NON-NLS-1$
		case "subtree" -> Long.toString(node.subtreeCount()); //$NON-NLS-1$
		case "bytes" -> Long.toString(node.subtreeBytes()); //$NON-NLS-1$
		case "rate" -> TopicColumns.rate(node.messageRate(now)); //$NON-NLS-1$
		case "byteRate" -> TopicColumns.bytes(node.byteRate(now)); //$NON-NLS-1$
		case "retained" -> Integer.toString(node.retainedInSubtree()); //$NON-NLS-1$
		case "lastTime" -> node.subtreeLastMillis() == 0 ? "" //$NON-NLS-1$ //$NON-NLS-2$
				: DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(node.subtreeLastMillis()));
		case "lastSize" -> last == null ? "" : Integer.toString(node.lastSize()); //$NON-NLS-1$ //$NON-NLS-2$
		case "lastFormat" -> last == null || last.length < node.lastSize() ? "" //$NON-NLS-1$ //$NON-NLS-2$
				: decoder.decode(node.topic(), last).label();
		case "last" -> TopicColumns.preview(node, decoder, PREVIEW_CHARS); //$NON-NLS-1$
		default -> null;
		};
	}
}
