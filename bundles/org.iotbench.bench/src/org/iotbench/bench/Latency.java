package org.iotbench.bench;

/**
 * What a latency load measured.
 *
 * @param expected   messages measured (the warm-up excluded)
 * @param recorded   of these, how many arrived
 * @param p50Micros  median latency in microseconds, {@code NaN} when none arrived
 * @param p99Micros  99th percentile (nearest rank) in microseconds, {@code NaN} when none arrived
 * @param lateMicros the slowest in microseconds, {@code NaN} when none arrived
 * @param problem    why the publisher stopped early, or {@code null}
 */
record Latency(int expected, int recorded, double p50Micros, double p99Micros, double lateMicros, String problem) {

	int lost() {
		return expected - recorded;
	}
}
