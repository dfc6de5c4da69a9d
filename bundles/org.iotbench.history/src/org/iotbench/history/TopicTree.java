package org.iotbench.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The topic hierarchy of everything a project has received and sent: counts per level, the last payload, retained
 * markers and rates. Its {@link History} keeps it up to date as it writes messages, and restores it from disk when a
 * project opens. Thread-safe: one lock for the whole tree, held only for a few field updates per message.
 */
public final class TopicTree {

	private final Object lock = new Object();
	private final TopicNode root = new TopicNode(lock, null, ""); //$NON-NLS-1$
	private volatile long version;
	private int topics;

	public TopicNode root() {
		return root;
	}

	/** Changes whenever the tree does: a view refreshes only when it moved. */
	public long version() {
		return version;
	}

	/** How many distinct topics have had messages. */
	public int topicCount() {
		synchronized (lock) {
			return topics;
		}
	}

	/** The node of a topic, or {@code null} if nothing was seen on it or below it. */
	public TopicNode find(String topic) {
		synchronized (lock) {
			TopicNode node = root;
			for (String level : levels(topic)) {
				node = node.existingChild(level);
				if (node == null) {
					return null;
				}
			}
			return node;
		}
	}

	/** The topics at or below a node that hold a retained message. */
	public List<String> retainedTopics(TopicNode node) {
		List<String> found = new ArrayList<>();
		synchronized (lock) {
			collectRetained(node, found);
		}
		return found;
	}

	private static void collectRetained(TopicNode node, List<String> found) {
		if (node.retainedInSubtree == 0) {
			return;
		}
		if (node.retained) {
			found.add(node.topic());
		}
		for (TopicNode child : node.children()) {
			collectRetained(child, found);
		}
	}

	/**
	 * Counts a message.
	 *
	 * @param live whether it came just now (it counts in the rates); messages read back from disk do not
	 */
	void add(String topic, long millis, byte[] payload, boolean retained, boolean live) {
		synchronized (lock) {
			TopicNode node = node(topic);
			int bytes = payload.length;
			node.ownCount++;
			node.ownBytes += bytes;
			node.lastMillis = Math.max(node.lastMillis, millis);
			node.lastPayload = payload.length <= TopicNode.PREVIEW_BYTES ? payload
					: Arrays.copyOf(payload, TopicNode.PREVIEW_BYTES);
			node.lastSize = bytes;
			if (retained) {
				setRetained(node, payload.length > 0);
			}
			for (TopicNode level = node; level != null; level = level.parent()) {
				level.subtreeCount++;
				level.subtreeBytes += bytes;
				level.subtreeLastMillis = Math.max(level.subtreeLastMillis, millis);
				if (live) {
					level.countRate(millis, bytes);
				}
			}
			version++;
		}
	}

	/** Puts back a topic's figures as they were stored. */
	void restore(String topic, long count, long bytes, long millis, byte[] lastPayload, int lastSize,
			boolean retained) {
		synchronized (lock) {
			TopicNode node = node(topic);
			node.ownCount += count;
			node.ownBytes += bytes;
			node.lastMillis = Math.max(node.lastMillis, millis);
			node.lastPayload = lastPayload;
			node.lastSize = lastSize;
			setRetained(node, retained);
			for (TopicNode level = node; level != null; level = level.parent()) {
				level.subtreeCount += count;
				level.subtreeBytes += bytes;
				level.subtreeLastMillis = Math.max(level.subtreeLastMillis, millis);
			}
			version++;
		}
	}

	/** Marks a topic as holding a retained message, or none (it was deleted). */
	void markRetained(String topic, boolean held) {
		synchronized (lock) {
			TopicNode node = held ? node(topic) : find(topic);
			if (node != null) {
				setRetained(node, held);
				version++;
			}
		}
	}

	void clear() {
		synchronized (lock) {
			for (TopicNode child : root.children()) {
				root.removeChild(child);
			}
			root.subtreeCount = 0;
			root.subtreeBytes = 0;
			root.subtreeLastMillis = 0;
			root.retainedInSubtree = 0;
			topics = 0;
			version++;
		}
	}

	private static void setRetained(TopicNode node, boolean retained) {
		if (node.retained == retained) {
			return;
		}
		node.retained = retained;
		for (TopicNode level = node; level != null; level = level.parent()) {
			level.retainedInSubtree += retained ? 1 : -1;
		}
	}

	private TopicNode node(String topic) {
		TopicNode node = root;
		for (String level : levels(topic)) {
			node = node.child(level);
		}
		if (node.ownCount == 0 && !node.retained) {
			topics++;
		}
		return node;
	}

	private static String[] levels(String topic) {
		return topic.split("/", -1); //$NON-NLS-1$
	}
}
