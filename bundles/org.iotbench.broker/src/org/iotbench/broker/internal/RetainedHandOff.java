package org.iotbench.broker.internal;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import org.iotbench.broker.BrokerMessage;

/**
 * Tells the {@link MessageTap} which of a device's messages were published as retained. {@link PublishGate} clears
 * the retain flag before Moquette routes a message (Moquette would mishandle it), so the flag travels here instead:
 * per client, in publishing order, which is the order Moquette routes them in. An entry Moquette never routes (it
 * dropped the message) is forgotten after a few seconds.
 */
final class RetainedHandOff {

	private static final long STALE_NANOS = TimeUnit.SECONDS.toNanos(5);

	private record Entry(BrokerMessage message, long offered) {
	}

	private final ConcurrentHashMap<String, ConcurrentLinkedQueue<Entry>> byClient = new ConcurrentHashMap<>();

	void offer(String clientId, BrokerMessage message) {
		byClient.computeIfAbsent(clientId, id -> new ConcurrentLinkedQueue<>()).add(new Entry(message, System.nanoTime()));
	}

	/** Whether the client has published retained messages that have not been routed yet. */
	boolean waiting(String clientId) {
		ConcurrentLinkedQueue<Entry> queue = byClient.get(clientId);
		return queue != null && !queue.isEmpty();
	}

	/**
	 * @return the retained message the client published as this routed message, or {@code null} if it was not
	 *         published as retained
	 */
	BrokerMessage take(String clientId, String topic, byte[] payload) {
		ConcurrentLinkedQueue<Entry> queue = byClient.get(clientId);
		if (queue == null) {
			return null;
		}
		long now = System.nanoTime();
		for (Entry head = queue.peek(); head != null; head = queue.peek()) {
			BrokerMessage message = head.message();
			if (message.topic().equals(topic) && Arrays.equals(message.payload(), payload)) {
				queue.poll();
				return message;
			}
			if (now - head.offered() < STALE_NANOS) {
				return null;
			}
			queue.poll();
		}
		return null;
	}
}
