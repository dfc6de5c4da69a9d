package org.iotbench.bench;

/** What the benchmark prints for each broker, in this order. */
enum Figure {

	CONNECT_COLD("connect_cold_per_s", Kind.RATE),
	CONNECT_COLD_FAILED("connect_cold_failed", Kind.COUNT),
	CONNECT_WARM("connect_warm_per_s", Kind.RATE),
	CONNECT_WARM_FAILED("connect_warm_failed", Kind.COUNT),
	QOS0_FLOW("qos0_flow_msgs_per_s", Kind.RATE),
	QOS0_FLOW_LOST("qos0_flow_lost", Kind.COUNT),
	QOS1_FLOW("qos1_flow_msgs_per_s", Kind.RATE),
	QOS1_FLOW_LOST("qos1_flow_lost", Kind.COUNT),
	QOS0_BURST("qos0_burst_msgs_per_s", Kind.RATE),
	QOS0_BURST_LOST_PCT("qos0_burst_lost_pct", Kind.PERCENT);

	/** Rates are compared (ours / mosquitto, higher is better); counts and percentages are only printed. */
	enum Kind {
		RATE("%.1f"), COUNT("%.0f"), PERCENT("%.2f");

		final String format;

		Kind(String format) {
			this.format = format;
		}
	}

	final String key;
	final Kind kind;

	Figure(String key, Kind kind) {
		this.key = key;
		this.kind = kind;
	}
}
