package org.iotbench.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The latencies of a latency load's stamped messages, by index: the first {@code warmUp} messages are not measured, a
 * message that arrives again keeps its first latency. Thread-safe.
 */
final class LatencySamples {

	private final int warmUp;
	/** Nanoseconds per measured message; 0 while it has not arrived. */
	private final AtomicLongArray nanos;

	LatencySamples(int warmUp, int measured) {
		this.warmUp = warmUp;
		this.nanos = new AtomicLongArray(measured);
	}

	/** Records the latency of message {@code index} (counted from the first message, the warm-up included). */
	void record(int index, long latencyNanos) {
		int measured = index - warmUp;
		if (measured >= 0 && measured < nanos.length()) {
			nanos.compareAndSet(measured, 0, Math.max(1, latencyNanos));
		}
	}

	/** The percentiles of what arrived. */
	Latency summary(String problem) {
		int expected = nanos.length();
		long[] recorded = new long[expected];
		int count = 0;
		for (int i = 0; i < expected; i++) {
			long value = nanos.get(i);
			if (value > 0) {
				recorded[count++] = value;
			}
		}
		if (count == 0) {
			return new Latency(expected, 0, Double.NaN, Double.NaN, Double.NaN, problem);
		}
		long[] sorted = Arrays.copyOf(recorded, count);
		Arrays.sort(sorted);
		return new Latency(expected, count, percentile(sorted, 50) / 1e3, percentile(sorted, 99) / 1e3,
				sorted[count - 1] / 1e3, problem);
	}

	/** The nearest-rank percentile of sorted values (at least one). */
	static long percentile(long[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}
}
