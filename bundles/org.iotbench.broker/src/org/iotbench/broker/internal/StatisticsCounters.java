package org.iotbench.broker.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.iotbench.broker.BrokerStatistics;

/** The counters behind {@link BrokerStatistics}, updated on the broker's threads without locks. */
final class StatisticsCounters {

	private static final int IN = 0;
	private static final int BYTES_IN = 1;
	private static final int OUT = 2;
	private static final int BYTES_OUT = 3;
	private static final int DROPPED = 4;

	private final LongAdder[] totals = newCounters();
	private final LongAdder published = new LongAdder();
	private final LongAdder violations = new LongAdder();
	private final LongAdder loopErrors = new LongAdder();
	private final ConcurrentHashMap<String, LongAdder[]> perClient = new ConcurrentHashMap<>();

	private static LongAdder[] newCounters() {
		LongAdder[] counters = new LongAdder[5];
		for (int i = 0; i < counters.length; i++) {
			counters[i] = new LongAdder();
		}
		return counters;
	}

	private void add(String clientId, int counter, long amount) {
		totals[counter].add(amount);
		perClient.computeIfAbsent(clientId == null ? "" : clientId, id -> newCounters())[counter].add(amount); //$NON-NLS-1$
	}

	/** A PUBLISH received from a device. */
	void received(String clientId, int payloadBytes) {
		add(clientId, IN, 1);
		add(clientId, BYTES_IN, payloadBytes);
	}

	/** A PUBLISH sent to a device. */
	void sent(String clientId, int payloadBytes) {
		add(clientId, OUT, 1);
		add(clientId, BYTES_OUT, payloadBytes);
	}

	/** A message the broker dropped, for the client that would have sent or received it. */
	void dropped(String clientId) {
		add(clientId, DROPPED, 1);
	}

	/** A message a local project published. */
	void published() {
		published.increment();
	}

	/** A connection closed because its client broke the protocol. */
	void violation() {
		violations.increment();
	}

	/** One of Moquette's session loops ended with an exception (and was restarted). */
	void loopError() {
		loopErrors.increment();
	}

	BrokerStatistics snapshot(int connected, long refused) {
		Map<String, BrokerStatistics.ClientCounters> clients = new HashMap<>();
		perClient.forEach((id, c) -> clients.put(id, new BrokerStatistics.ClientCounters(c[IN].sum(),
				c[BYTES_IN].sum(), c[OUT].sum(), c[BYTES_OUT].sum(), c[DROPPED].sum())));
		return new BrokerStatistics(connected, totals[IN].sum(), totals[BYTES_IN].sum(), totals[OUT].sum(),
				totals[BYTES_OUT].sum(), published.sum(), totals[DROPPED].sum(), refused, violations.sum(), loopErrors.sum(), Map.copyOf(clients));
	}
}
