package org.iotbench.history;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A topic's figures as stored: own count, own bytes, last time, last payload size, retained, and the beginning of the
 * last payload.
 */
final class TopicStats {

	private static final int FIXED = 8 + 8 + 8 + 4 + 1;

	private TopicStats() {
	}

	/** The stored figures of a topic, or {@code null} when the tree has no such topic. */
	static byte[] of(TopicTree tree, String topic) {
		TopicNode node = tree.find(topic);
		if (node == null) {
			return null;
		}
		byte[] preview = node.lastPayload();
		if (preview == null) {
			preview = new byte[0];
		}
		ByteBuffer out = ByteBuffer.allocate(FIXED + preview.length);
		out.putLong(node.ownCount()).putLong(node.ownBytes()).putLong(node.lastMillis()).putInt(node.lastSize())
				.put((byte) (node.retained() ? 1 : 0)).put(preview);
		return out.array();
	}

	/** Puts a topic's stored figures back into a tree; figures it cannot read are skipped. */
	static void restore(TopicTree tree, String topic, byte[] stored) {
		if (stored == null || stored.length < FIXED) {
			return;
		}
		ByteBuffer in = ByteBuffer.wrap(stored);
		long count = in.getLong();
		long bytes = in.getLong();
		long millis = in.getLong();
		int lastSize = in.getInt();
		boolean retained = in.get() != 0;
		byte[] preview = Arrays.copyOfRange(stored, FIXED, stored.length);
		tree.restore( topic, count, bytes, millis, preview, lastSize, retained);
	}
}
