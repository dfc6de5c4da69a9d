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
	QOS0_BURST_LOST_PCT("qos0_burst_lost_pct", Kind.PERCENT),
	QOS1_BURST("qos1_burst_msgs_per_s", Kind.RATE),
	QOS1_BURST_LOST("qos1_burst_lost", Kind.COUNT),
	FANOUT_FLOW("fanout_flow_deliveries_per_s", Kind.RATE),
	FANOUT_FLOW_LOST("fanout_flow_lost", Kind.COUNT),
	FANOUT_BURST("fanout_burst_deliveries_per_s", Kind.RATE),
	FANOUT_BURST_LOST("fanout_burst_lost", Kind.COUNT),
	LATENCY_P50("latency_p50_us", Kind.LATENCY),
	LATENCY_P99("latency_p99_us", Kind.LATENCY),
	LATENCY_LOST("latency_lost", Kind.COUNT),
	DEVICES_QOS0("devices_qos0_msgs_per_s", Kind.RATE),
	DEVICES_QOS0_LOST("devices_qos0_lost", Kind.COUNT),
	DEVICES_QOS0_CPU("devices_qos0_broker_cpu_us_per_msg", Kind.COST),
	DEVICES_QOS1("devices_qos1_msgs_per_s", Kind.RATE),
	DEVICES_QOS1_LOST("devices_qos1_lost", Kind.COUNT),
	DEVICES_QOS1_CPU("devices_qos1_broker_cpu_us_per_msg", Kind.COST),
	SOAK_LATENCY_P50("soak_latency_p50_us", Kind.LATENCY),
	SOAK_LATENCY_P99("soak_latency_p99_us", Kind.LATENCY),
	SOAK_LOST("soak_lost", Kind.COUNT),
	/** Ours: used heap after garbage collection with the soak's devices connected, less before the broker started. */
	SOAK_HEAP_MB("soak_broker_heap_mb", Kind.SIZE),
	/** mosquitto: its resident set size with the soak's devices connected. */
	SOAK_RSS_MB("soak_broker_rss_mb", Kind.SIZE),
	PROJECT_INGEST("project_ingest_msgs_per_s", Kind.RATE),
	PROJECT_INGEST_LOST("project_ingest_lost", Kind.COUNT),
	PROJECT_BYTES_PER_MESSAGE("project_bytes_per_message", Kind.SIZE),
	PROJECT_LATENCY_P50("project_latency_p50_us", Kind.LATENCY),
	PROJECT_LATENCY_P99("project_latency_p99_us", Kind.LATENCY),
	UI_INGEST("ui_ingest_msgs_per_s", Kind.RATE, false),
	UI_ASYNC_P50("ui_async_p50_ms", Kind.MILLIS),
	UI_ASYNC_P99("ui_async_p99_ms", Kind.MILLIS),
	UI_ASYNC_MAX("ui_async_max_ms", Kind.MILLIS),
	UI_TABLE_ROWS("ui_table_rows", Kind.COUNT),
	UI_LIST_SHOW_MAX("ui_list_show_max_ms", Kind.MILLIS),
	UI_TREE_TOPICS("ui_tree_topics", Kind.COUNT),
	UI_TREE_REFRESHES("ui_tree_refreshes_per_s", Kind.RATE, false),
	UI_TREE_REFRESH_MAX("ui_tree_refresh_max_ms", Kind.MILLIS),
	UI_CHART_POINTS("ui_chart_points", Kind.COUNT),
	UI_CHART_REFRESH_MAX("ui_chart_refresh_max_ms", Kind.MILLIS),
	DASHBOARD_INGEST("dashboard_ingest_msgs_per_s", Kind.RATE, false),
	DASHBOARD_ASYNC_P50("dashboard_async_p50_ms", Kind.MILLIS),
	DASHBOARD_ASYNC_P99("dashboard_async_p99_ms", Kind.MILLIS),
	DASHBOARD_ASYNC_MAX("dashboard_async_max_ms", Kind.MILLIS),
	/** How many times a second a widget was shown a new state, all widgets together: bounded by 10 per widget. */
	DASHBOARD_REPAINTS("dashboard_repaints_per_s", Kind.RATE, false),
	DASHBOARD_TICK_MAX("dashboard_tick_max_ms", Kind.MILLIS),
	HISTORY_WRITE("history_write_msgs_per_s", Kind.RATE, false),
	HISTORY_BYTES_PER_MESSAGE("history_bytes_per_message", Kind.SIZE),
	HISTORY_REOPEN("history_reopen_ms", Kind.MILLIS),
	HISTORY_FILTER_SCAN("history_filter_scan_ms", Kind.MILLIS),
	HISTORY_OPEN_HEAP_MB("history_open_heap_mb", Kind.SIZE),
	/** Ours: used heap after garbage collection, after the loads, less what was used before the broker started. */
	BROKER_HEAP_MB("broker_heap_mb", Kind.SIZE),
	/** mosquitto: its resident set size after the loads. Not comparable with a Java heap: no ratio. */
	BROKER_RSS_MB("broker_rss_mb", Kind.SIZE);

	/**
	 * Rates and latencies are compared (rates ours / mosquitto, latencies mosquitto / ours: higher is better for ours
	 * in both) unless the figure says otherwise; counts, percentages, sizes and milliseconds are only printed.
	 */
	enum Kind {
		RATE("%.1f"), COUNT("%.0f"), PERCENT("%.2f"), SIZE("%.1f"), LATENCY("%.1f"), MILLIS("%.2f"),
		/** A cost per message, such as CPU time: compared as latencies are, lower is better. */
		COST("%.2f");

		final String format;

		Kind(String format) {
			this.format = format;
		}
	}

	final String key;
	final Kind kind;
	/** Whether a ratio ours/mosquitto is printed when both were measured. */
	final boolean compared;

	Figure(String key, Kind kind) {
		this(key, kind, kind == Kind.RATE || kind == Kind.LATENCY || kind == Kind.COST);
	}

	/** @param compared false for a figure of ours only (the UI load): never a ratio */
	Figure(String key, Kind kind, boolean compared) {
		this.key = key;
		this.kind = kind;
		this.compared = compared;
	}
}
