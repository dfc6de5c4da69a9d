package org.iotbench.broker.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.iotbench.broker.BrokerMessage;
import org.iotbench.broker.BrokerStatistics;

/** The counters behind {@link BrokerStatistics}, updated on the broker's threads without locks. */
final class StatisticsCounters {

	private final LongAdder messagesIn = new LongAdder();
	private final LongAdder bytesIn = new LongAdder();
	private final LongAdder published = new LongAdder();
	private final ConcurrentHashMap<String, LongAdder[]> perClient = new ConcurrentHashMap<>();

	void received(String clientId, int payloadBytes) {
		messagesIn.increment();
		bytesIn.add(payloadBytes);
		LongAdder[] counters = perClient.computeIfAbsent(clientId == null ? "" : clientId, //$NON-NLS-1$
				id -> new LongAdder[] { new LongAdder(), new LongAdder() });
		counters[0].increment();
		counters[1].add(payloadBytes);
	}

	void published(BrokerMessage message) {
		published.increment();
	}

	BrokerStatistics snapshot(int connected, long refused) {
		Map<String, BrokerStatistics.ClientCounters> clients = new HashMap<>();
		perClient.forEach((id, c) -> clients.put(id, new BrokerStatistics.ClientCounters(c[0].sum(), c[1].sum())));
		return new BrokerStatistics(connected, messagesIn.sum(), bytesIn.sum(), published.sum(), refused,
				Map.copyOf(clients));
	}
}
