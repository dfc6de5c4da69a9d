package org.iotbench.broker.internal;

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

	void accept(BrokerMessage message) {
		if (!message.retain()) {
			return;
		}
		if (message.payload().length == 0) {
			byTopic.remove(message.topic());
		} else {
			byTopic.put(message.topic(), message);
		}
	}

	List<BrokerMessage> matching(String filter) {
		return byTopic.values().stream().filter(m -> Topics.matches(filter, m.topic())).toList();
	}

	void clear() {
		byTopic.clear();
	}
}
