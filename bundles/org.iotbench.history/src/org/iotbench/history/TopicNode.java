package org.iotbench.history;

import java.util.HashMap;
import java.util.Map;

/**
 * A level of the topic hierarchy: its own messages (those published on exactly this topic) and those of its subtree,
 * the last payload seen on it, whether it holds a retained message, and the rate of its subtree over the last
 * {@value #RATE_SECONDS} seconds. Read from any thread; the {@link TopicTree} changes it.
 */
public final class TopicNode {

	/** The seconds a rate is averaged over. */
	public static final int RATE_SECONDS = 10;
	/** The most payload bytes a node keeps of its last message, for a preview. */
	public static final int PREVIEW_BYTES = 256;

	private final Object lock;
	private final TopicNode parent;
	private final String name;
	private final String topic;
	private final Map<String, TopicNode> children = new HashMap<>();
	private TopicNode[] childArray;
	long ownCount;
	long subtreeCount;
	long ownBytes;
	long subtreeBytes;
	long lastMillis;
	long subtreeLastMillis;
	byte[] lastPayload;
	int lastSize;
	boolean retained;
	int retainedInSubtree;
	private final long[] bucketSecond = new long[RATE_SECONDS];
	private final int[] bucketCount = new int[RATE_SECONDS];
	private final long[] bucketBytes = new long[RATE_SECONDS];

	TopicNode(Object lock, TopicNode parent, String name) {
		this.lock = lock;
		this.parent = parent;
		this.name = name;
		this.topic = parent == null ? null : parent.topic == null ? name : parent.topic + '/' + name;
	}

	/** This level's name: what stands between two slashes (may be empty). */
	public String name() {
		return name;
	}

	/** The full topic of this level, or {@code null} for the root. */
	public String topic() {
		return topic;
	}

	public TopicNode parent() {
		return parent;
	}

	/** The levels below this one, in no particular order: a copy. */
	public TopicNode[] children() {
		synchronized (lock) {
			if (childArray == null) {
				childArray = children.values().toArray(new TopicNode[0]);
			}
			return childArray.clone();
		}
	}

	public boolean hasChildren() {
		synchronized (lock) {
			return !children.isEmpty();
		}
	}

	public int childCount() {
		synchronized (lock) {
			return children.size();
		}
	}

	/** Messages on exactly this topic. */
	public long ownCount() {
		synchronized (lock) {
			return ownCount;
		}
	}

	/** Messages on this topic and every topic below it. */
	public long subtreeCount() {
		synchronized (lock) {
			return subtreeCount;
		}
	}

	/** Payload bytes on exactly this topic. */
	public long ownBytes() {
		synchronized (lock) {
			return ownBytes;
		}
	}

	/** Payload bytes on this topic and below it. */
	public long subtreeBytes() {
		synchronized (lock) {
			return subtreeBytes;
		}
	}

	/** When the last message on exactly this topic came (epoch milliseconds), or 0. */
	public long lastMillis() {
		synchronized (lock) {
			return lastMillis;
		}
	}

	/** When the last message on this topic or below came (epoch milliseconds), or 0. */
	public long subtreeLastMillis() {
		synchronized (lock) {
			return subtreeLastMillis;
		}
	}

	/** The beginning (at most {@value #PREVIEW_BYTES} bytes) of the last payload on exactly this topic, or null. */
	public byte[] lastPayload() {
		synchronized (lock) {
			return lastPayload;
		}
	}

	/** The full size of the last payload on exactly this topic. */
	public int lastSize() {
		synchronized (lock) {
			return lastSize;
		}
	}

	/** Whether a retained message was seen on exactly this topic and not deleted since. */
	public boolean retained() {
		synchronized (lock) {
			return retained;
		}
	}

	/** How many topics at or below this one hold a retained message. */
	public int retainedInSubtree() {
		synchronized (lock) {
			return retainedInSubtree;
		}
	}

	/** Messages per second on this topic and below, over the last {@value #RATE_SECONDS} seconds before now. */
	public double messageRate(long nowMillis) {
		synchronized (lock) {
			long sum = 0;
			for (int i = 0; i < RATE_SECONDS; i++) {
				sum += inWindow(i, nowMillis) ? bucketCount[i] : 0;
			}
			return sum / (double) RATE_SECONDS;
		}
	}

	/** Payload bytes per second on this topic and below, over the last {@value #RATE_SECONDS} seconds. */
	public double byteRate(long nowMillis) {
		synchronized (lock) {
			long sum = 0;
			for (int i = 0; i < RATE_SECONDS; i++) {
				sum += inWindow(i, nowMillis) ? bucketBytes[i] : 0;
			}
			return sum / (double) RATE_SECONDS;
		}
	}

	/** Whether a bucket counts a second of the {@value #RATE_SECONDS} before now. */
	private boolean inWindow(int bucket, long nowMillis) {
		long now = nowMillis / 1000;
		return bucketSecond[bucket] > now - RATE_SECONDS && bucketSecond[bucket] <= now;
	}

	// changes, with the tree's lock held

	TopicNode child(String childName) {
		TopicNode child = children.get(childName);
		if (child == null) {
			child = new TopicNode(lock, this, childName);
			children.put(childName, child);
			childArray = null;
		}
		return child;
	}

	TopicNode existingChild(String childName) {
		return children.get(childName);
	}

	void removeChild(TopicNode child) {
		children.remove(child.name);
		childArray = null;
	}

	void countRate(long millis, int bytes) {
		long second = millis / 1000;
		int bucket = (int) Math.floorMod(second, (long) RATE_SECONDS);
		if (bucketSecond[bucket] != second) {
			bucketSecond[bucket] = second;
			bucketCount[bucket] = 0;
			bucketBytes[bucket] = 0;
		}
		bucketCount[bucket]++;
		bucketBytes[bucket] += bytes;
	}

	@Override
	public String toString() {
		return topic == null ? "(root)" : topic; //$NON-NLS-1$
	}
}
