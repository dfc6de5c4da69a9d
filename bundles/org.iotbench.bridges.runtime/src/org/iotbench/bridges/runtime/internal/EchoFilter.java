package org.iotbench.bridges.runtime.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Recognises the upstream sending back what the bridge published there. MQTT 3.1.1, which every broker speaks, has
 * no way to ask a broker not to (MQTT 5's No Local; mosquitto's own bridges use a private protocol flag), so a bridge
 * that carries a topic both ways remembers each message it sent on a topic it also subscribes to, and drops one
 * message of the same topic and payload when it comes back. Should another client upstream publish the very same
 * payload on that topic before the echo came, one of the two is dropped: the local broker gets that payload once.
 * Memories last {@value #LIFETIME_MILLIS} ms (an echo that never comes, because the upstream refused the message, is
 * forgotten) and there are at most {@value #CAPACITY}. Thread-safe.
 */
final class EchoFilter {

	static final long LIFETIME_MILLIS = 30_000;
	static final int CAPACITY = 100_000;

	/** A topic and a payload, equal when both are (the payload is not copied: nobody changes it). */
	private record Key(String topic, byte[] payload) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && topic.equals(key.topic) && Arrays.equals(payload, key.payload);
		}

		@Override
		public int hashCode() {
			return topic.hashCode() * 31 + Arrays.hashCode(payload);
		}
	}

	private record Sent(Key key, long expires) {
	}

	private final Map<Key, Integer> pending = new HashMap<>();
	private final ArrayDeque<Sent> byAge = new ArrayDeque<>();

	/** The bridge published this upstream, on a topic it subscribes to there. */
	synchronized void sent(String topic, byte[] payload, long nowMillis) {
		forget(nowMillis);
		if (byAge.size() >= CAPACITY) {
			drop(byAge.removeFirst().key());
		}
		Key key = key(topic, payload);
		pending.merge(key, 1, Integer::sum);
		byAge.addLast(new Sent(key, nowMillis + LIFETIME_MILLIS));
	}

	/** Whether a message from the upstream is the echo of one the bridge sent; if so, it is forgotten. */
	synchronized boolean echo(String topic, byte[] payload, long nowMillis) {
		forget(nowMillis);
		Key key = key(topic, payload);
		if (!pending.containsKey(key)) {
			return false;
		}
		drop(key);
		for (var it = byAge.iterator(); it.hasNext();) {
			if (it.next().key().equals(key)) {
				it.remove();
				break;
			}
		}
		return true;
	}

	synchronized int size() {
		return byAge.size();
	}

	private void forget(long nowMillis) {
		while (!byAge.isEmpty() && byAge.peekFirst().expires() <= nowMillis) {
			drop(byAge.removeFirst().key());
		}
	}

	private void drop(Key key) {
		pending.computeIfPresent(key, (k, count) -> count == 1 ? null : count - 1);
	}

	private static Key key(String topic, byte[] payload) {
		return new Key(topic, payload);
	}
}
