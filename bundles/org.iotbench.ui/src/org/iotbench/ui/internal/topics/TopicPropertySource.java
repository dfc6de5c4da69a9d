package org.iotbench.ui.internal.topics;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.iotbench.history.TopicNode;
import org.iotbench.sessions.Payloads;
import org.iotbench.ui.internal.Messages;

/** A level of the topic tree in the Properties view (read-only): its figures as they are when it is shown. */
final class TopicPropertySource implements IPropertySource {

	private static final String[] IDS = { "topic", "own", "subtree", "bytes", "rate", "byteRate", "retained", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"lastTime", "lastSize", "last" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final int PREVIEW_CHARS = 2_000;

	private final TopicNode node;

	TopicPropertySource(TopicNode node) {
		this.node = node;
	}

	TopicNode node() {
		return node;
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		String[] names = { Messages.Topics_topic, Messages.TopicProperty_own, Messages.TopicProperty_subtree,
				Messages.TopicProperty_bytes, Messages.Topics_rate, Messages.Topics_bytes,
				Messages.TopicProperty_retained, Messages.TopicProperty_lastTime, Messages.TopicProperty_lastSize,
				Messages.Topics_last };
		// the Properties view's name column is narrow: short names, and the whole sentence in the status line
		String[] descriptions = { null, Messages.TopicProperty_ownTip, Messages.TopicProperty_subtreeTip,
				Messages.TopicProperty_bytesTip, Messages.Topics_rate, Messages.Topics_bytes,
				Messages.TopicProperty_retainedTip, Messages.TopicProperty_lastTimeTip,
				Messages.TopicProperty_lastSizeTip, Messages.Topics_last };
		IPropertyDescriptor[] descriptors = new IPropertyDescriptor[IDS.length];
		for (int i = 0; i < IDS.length; i++) {
			PropertyDescriptor descriptor = new PropertyDescriptor(IDS[i], names[i]);
			descriptor.setCategory(Messages.TopicProperty_category);
			descriptor.setDescription(descriptions[i]);
			descriptors[i] = descriptor;
		}
		return descriptors;
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
		case "last" -> last == null ? "" : Payloads.preview(last, PREVIEW_CHARS); //$NON-NLS-1$ //$NON-NLS-2$
		default -> null;
		};
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only
	}
}
