package org.iotbench.broker.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.iotbench.broker.BrokerMessage;
import org.iotbench.core.Topics;

/**
 * The retained message of each topic, kept as MQTT 3.1.1 specifies (section 3.3.1.3): any QoS, replaced by the next
 * retained message on the topic, removed by a retained message with an empty payload.
 */
final class RetainedMessages {

	private final ConcurrentHashMap<String, BrokerMessage> byTopic = new ConcurrentHashMap<>();
	private volatile Runnable onChange = () -> {
	};

	/** Called after every change, on the thread that made it. */
	void onChange(Runnable listener) {
		onChange = listener;
	}

	void accept(BrokerMessage message) {
		if (!message.retain()) {
			return;
		}
		if (message.payload().length == 0) {
			if (byTopic.remove(message.topic()) == null) {
				return;
			}
		} else {
			byTopic.put(message.topic(), message);
		}
		onChange.run();
	}

	List<BrokerMessage> matching(String filter) {
		return byTopic.values().stream().filter(m -> Topics.matches(filter, m.topic())).toList();
	}

	List<BrokerMessage> all() {
		return new ArrayList<>(byTopic.values());
	}

	/** Replaces every message, without notifying: for loading them from disk. */
	void replaceAll(List<BrokerMessage> messages) {
		byTopic.clear();
		messages.forEach(m -> byTopic.put(m.topic(), m));
	}

	void clear() {
		byTopic.clear();
	}
}
