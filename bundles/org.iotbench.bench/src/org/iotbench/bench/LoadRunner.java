package org.iotbench.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.eclipse.paho.client.mqttv3.MqttException;
import org.iotbench.broker.BrokerService;
import org.iotbench.sessions.SessionException;

/**
 * Runs the loads against one broker, in a fixed order (connects, QoS 0 flow, QoS 1 flow, QoS 0 burst, QoS 1 burst,
 * fan-out flow and burst, latency; then, if asked, the project loads: ingest, latency and, for a local project,
 * memory; then, if asked and on our broker, the UI load; then the broker's memory), and records the figures. A
 * throughput load that fails is noted and counts as nothing received.
 */
final class LoadRunner {

	private static final int WARM_UP_CLIENTS = 200;
	private static final int WARM_UP_CONNECT_PASSES = 3;
	/**
	 * Pause after a fan-out load, so that the broker has closed its subscribers' sessions before the next load
	 * connects clients with the same IDs (see {@link #connects}).
	 */
	private static final long FANOUT_SETTLE_MS = 1_000;

	private final Fleet fleet;
	private final ClientFactory clients;
	private final BenchmarkOptions options;
	private final Figures figures;
	private final PrintStream notes;
	private final PrintStream progress;
	private final BooleanSupplier cancelled;
	private final String topicPrefix;
	private final String projectTopicPrefix;
	private final AtomicInteger topicNumber = new AtomicInteger();
	private final java.nio.file.Path scratch;
	private boolean toolsMissingNoted;

	/** @param scratch a folder for the device tools' files */
	LoadRunner(Fleet fleet, ClientFactory clients, BenchmarkOptions options, Figures figures, PrintStream notes,
			PrintStream progress, BooleanSupplier cancelled, String runId, java.nio.file.Path scratch) {
		this.scratch = scratch;
		this.fleet = fleet;
		this.clients = clients;
		this.options = options;
		this.figures = figures;
		this.notes = notes;
		this.progress = progress;
		this.cancelled = cancelled;
		this.topicPrefix = "iotbench/bench/" + runId + '/';
		this.projectTopicPrefix = "bench/" + runId + '/';
	}

	/**
	 * A small pass of every load, not recorded, so that the JIT has compiled the client side (and our broker) before
	 * the first measurement: a few connect passes with the first clients, then the throughput loads.
	 */
	void warmUp(Endpoint endpoint, int messages) throws InterruptedException {
		ConnectLoad connects = new ConnectLoad(fleet.first(Math.min(fleet.size(), WARM_UP_CLIENTS)), endpoint,
				cancelled);
		for (int pass = 0; pass < WARM_UP_CONNECT_PASSES && !cancelled.getAsBoolean(); pass++) {
			connects.run();
		}
		ThroughputLoad load = new ThroughputLoad(clients, endpoint, cancelled);
		try {
			load.flow(topic("warm-up"), 0, messages);
			load.flow(topic("warm-up"), 1, messages);
			load.burst(topic("warm-up"), 0, messages);
			load.burst(topic("warm-up"), 1, messages);
			if (options.fanout() > 0) {
				load.fanOut(topic("warm-up"), options.fanout(),
						BenchmarkOptions.fanoutMessages(messages, options.fanout()), false);
				Thread.sleep(FANOUT_SETTLE_MS);
			}
		} catch (MqttException e) {
			note(endpoint, "warm-up", describe(e));
		} catch (IOException e) {
			note(endpoint, "warm-up", String.valueOf(e));
		}
	}

	/** A small ingest and latency pass through a local project, not recorded. */
	void warmUpProjects(Endpoint endpoint, BrokerService broker, int messages) throws InterruptedException {
		ProjectLoads loads = new ProjectLoads(clients, endpoint, () -> BenchProject.local(broker), cancelled);
		try {
			loads.ingest(projectTopic("warm-up"), messages);
			if (!cancelled.getAsBoolean()) {
				loads.latency(projectTopic("warm-up"));
			}
		} catch (MqttException e) {
			note(endpoint, "project warm-up", describe(e));
		} catch (SessionException e) {
			note(endpoint, "project warm-up", e.getMessage());
		}
	}

	/** Runs the broker loads once (not the project and UI loads), recording the figures under the endpoint's label. */
	void run(Endpoint endpoint, int round) throws InterruptedException {
		connects(endpoint, round);
		ThroughputLoad load = new ThroughputLoad(clients, endpoint, cancelled);
		int messages = options.messages();
		throughput(endpoint, round, "QoS 0 flow", Figure.QOS0_FLOW, Figure.QOS0_FLOW_LOST, messages, 1,
				topic -> load.flow(topic, 0, messages));
		throughput(endpoint, round, "QoS 1 flow", Figure.QOS1_FLOW, Figure.QOS1_FLOW_LOST, messages, 1,
				topic -> load.flow(topic, 1, messages));
		throughput(endpoint, round, "QoS 0 burst", Figure.QOS0_BURST, Figure.QOS0_BURST_LOST_PCT, messages, 1,
				topic -> load.burst(topic, 0, messages));
		throughput(endpoint, round, "QoS 1 burst", Figure.QOS1_BURST, Figure.QOS1_BURST_LOST, messages, 1,
				topic -> load.burst(topic, 1, messages));
		int subscribers = options.fanout();
		if (subscribers > 0) {
			int fanoutMessages = options.fanoutMessages();
			throughput(endpoint, round, "fan-out flow to " + subscribers + " subscribers", Figure.FANOUT_FLOW,
					Figure.FANOUT_FLOW_LOST, fanoutMessages, subscribers,
					topic -> load.fanOut(topic, subscribers, fanoutMessages, true));
			Thread.sleep(FANOUT_SETTLE_MS);
			throughput(endpoint, round, "fan-out burst to " + subscribers + " subscribers", Figure.FANOUT_BURST,
					Figure.FANOUT_BURST_LOST, fanoutMessages, subscribers,
					topic -> load.fanOut(topic, subscribers, fanoutMessages, false));
			Thread.sleep(FANOUT_SETTLE_MS);
		}
		latency(endpoint, round, "latency", "latency", LatencyLoad.MESSAGES, LatencyLoad.RATE, Figure.LATENCY_P50,
				Figure.LATENCY_P99, Figure.LATENCY_LOST, topic("latency"),
				new LatencyLoad(clients, endpoint, cancelled)::run);
		devices(endpoint, round, 0, Figure.DEVICES_QOS0, Figure.DEVICES_QOS0_LOST, Figure.DEVICES_QOS0_CPU);
		devices(endpoint, round, 1, Figure.DEVICES_QOS1, Figure.DEVICES_QOS1_LOST, Figure.DEVICES_QOS1_CPU);
	}

	/** The broker's memory as the soak reads it, while its devices are connected: in MB, or empty when unknown. */
	interface MemoryReading {
		OptionalDouble megabytes() throws InterruptedException;
	}

	/**
	 * Runs the soak ({@link SoakLoad}) if asked, recording its latency, loss and the broker's memory as
	 * {@code memory} reads it with every device connected.
	 */
	void soak(Endpoint endpoint, int round, Figure memory, MemoryReading reading) throws InterruptedException {
		int seconds = options.soakSeconds();
		if (seconds == 0 || cancelled.getAsBoolean()) {
			return;
		}
		progress.println("# " + endpoint.label() + ": soak, " + (fleet.size() - 1) + " devices, each a QoS 1 message a"
				+ " second for " + seconds + " s, one subscriber");
		double[] megabytes = { Double.NaN };
		SoakLoad.Result result;
		try {
			result = new SoakLoad(fleet, endpoint, cancelled).run(topic("soak") + '/', seconds, () -> {
				try {
					megabytes[0] = reading.megabytes().orElse(Double.NaN);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
		} catch (IOException e) {
			note(endpoint, "soak", "the subscriber could not start: " + e);
			return;
		}
		if (result.problem() != null) {
			note(endpoint, "soak", "devices failed: " + result.problem());
		}
		note(endpoint, "soak", String.format(Locale.ROOT,
				"%d of %d devices connected, %d messages acknowledged, %d received, %d duplicates, slowest %.1f us",
				result.connected(), result.devices(), result.sent(), result.received(), result.duplicates(),
				result.maxMicros()));
		record(endpoint, round, Figure.SOAK_LOST, result.lost());
		if (result.received() > 0) {
			record(endpoint, round, Figure.SOAK_LATENCY_P50, result.p50Micros());
			record(endpoint, round, Figure.SOAK_LATENCY_P99, result.p99Micros());
		}
		if (!Double.isNaN(megabytes[0])) {
			record(endpoint, round, memory, megabytes[0]);
		}
	}

	/** The 1 → 1 load with mosquitto's command-line clients as the devices ({@link DeviceToolsLoad}). */
	private void devices(Endpoint endpoint, int round, int qos, Figure rate, Figure loss, Figure cpu)
			throws InterruptedException {
		if (cancelled.getAsBoolean()) {
			return;
		}
		java.util.Optional<DeviceToolsLoad> load = DeviceToolsLoad.locate(fleet, endpoint,
				scratch.resolve("devices-" + endpoint.label()), cancelled);
		if (load.isEmpty()) {
			if (!toolsMissingNoted) {
				notes.println("# mosquitto_pub, mosquitto_sub or stdbuf is not installed (Debian packages mosquitto-clients, coreutils): "
						+ "no devices figures");
				toolsMissingNoted = true;
			}
			return;
		}
		int messages = options.messages();
		progress.println("# " + endpoint.label() + ": QoS " + qos + " from mosquitto_pub to mosquitto_sub, " + messages
				+ " messages");
		DeviceToolsLoad.Result result;
		try {
			result = load.get().run(topic(rate), qos, messages);
		} catch (IOException e) {
			note(endpoint, rate.key, String.valueOf(e));
			result = new DeviceToolsLoad.Result(messages, 0, 0, Double.NaN, null);
		}
		if (result.problem() != null) {
			note(endpoint, rate.key, result.problem());
		}
		record(endpoint, round, rate, result.perSecond());
		record(endpoint, round, loss, result.lost());
		if (!Double.isNaN(result.cpuMicrosPerMessage())) {
			record(endpoint, round, cpu, result.cpuMicrosPerMessage());
		}
	}

	/**
	 * Records our broker's memory after the loads: the used heap after garbage collection now, less the used heap
	 * after garbage collection just before the broker started ({@code usedBefore}). Broker and load generator share
	 * this JVM: the difference is what the running broker holds (Moquette's sessions, subscriptions and queues, its
	 * Netty channels' heap buffers, the registry it opened), as long as the loads left nothing of their own behind
	 * (their clients and projects are closed by then). Netty's pooled direct buffers are outside the heap and not
	 * counted.
	 */
	void brokerHeap(Endpoint endpoint, int round, long usedBefore) throws InterruptedException {
		if (cancelled.getAsBoolean()) {
			return;
		}
		progress.println("# " + endpoint.label() + ": used heap after garbage collection");
		long after = Heap.usedAfterGc();
		record(endpoint, round, Figure.BROKER_HEAP_MB, (after - usedBefore) / 1e6);
		note(endpoint, Figure.BROKER_HEAP_MB.key, String.format(Locale.ROOT,
				"used heap after GC %.1f MB before the broker started, %.1f MB after the loads (MB = 10^6 bytes)",
				usedBefore / 1e6, after / 1e6));
	}

	/** Records the peer's memory after the loads: its resident set size, as Linux tells it. */
	void brokerResidentSet(Endpoint endpoint, int round, OptionalLong residentBytes) {
		if (cancelled.getAsBoolean()) {
			return;
		}
		if (residentBytes.isEmpty()) {
			note(endpoint, Figure.BROKER_RSS_MB.key, "not measured: no VmRSS in /proc/<pid>/status");
			return;
		}
		record(endpoint, round, Figure.BROKER_RSS_MB, residentBytes.getAsLong() / 1e6);
	}

	/** Runs the project loads once with local projects inside our running broker, memory included. */
	void localProjects(Endpoint endpoint, BrokerService broker, int round) throws InterruptedException {
		projects(endpoint, round, () -> BenchProject.local(broker), true);
	}

	/** Runs the history load once: ours only, with no broker (a project's history on disk). */
	void history(int round) throws InterruptedException {
		if (cancelled.getAsBoolean()) {
			return;
		}
		progress.println("# ours: history, " + HistoryLoad.MESSAGES + " messages on " + HistoryLoad.TOPICS
				+ " topics into a project's history on disk, then reopened");
		HistoryLoad.Result result;
		try {
			result = new HistoryLoad(scratch.resolve("history-" + round), cancelled).run();
		} catch (java.io.IOException e) {
			notes.println("# ours " + Figure.HISTORY_WRITE.key + ": " + e.getMessage());
			return;
		}
		String ours = EmbeddedBroker.LABEL;
		add(round, ours, Figure.HISTORY_WRITE, result.writePerSecond());
		add(round, ours, Figure.HISTORY_BYTES_PER_MESSAGE, result.bytesPerMessage());
		add(round, ours, Figure.HISTORY_REOPEN, result.reopenMillis());
		add(round, ours, Figure.HISTORY_FILTER_SCAN, result.scanMillis());
		add(round, ours, Figure.HISTORY_OPEN_HEAP_MB, result.openHeapMb());
		if (result.dropped() > 0 || result.unwritten() > 0) {
			notes.println("# ours history: " + result.stored() + " stored, " + result.dropped() + " dropped, "
					+ result.unwritten() + " not written");
		}
	}

	private void add(int round, String label, Figure figure, double value) {
		figures.add(label, figure, value);
		if (options.rounds() > 1) {
			notes.println("# round " + round + ' ' + Figures.line(label, figure, value));
		}
	}

	/**
	 * Runs the UI load once with a local project inside our running broker, on this thread (it becomes the UI thread
	 * for the time of the load).
	 *
	 * @return false when there is no display: the load did not run, nor will it in this process
	 */
	boolean ui(Endpoint endpoint, BrokerService broker, int round) throws InterruptedException {
		if (cancelled.getAsBoolean()) {
			return true;
		}
		progress.println("# " + endpoint.label() + ": UI, " + options.uiLoadMessages() + " messages at most "
				+ UiMeasurement.RATE + "/s on " + UiMeasurement.TOPICS
				+ " topics into an open message list and topic tree over a history on disk, asyncExec every "
				+ UiMeasurement.PROBE_PERIOD_MS + " ms");
		java.util.Optional<UiMeasurement> load;
		try {
			load = UiMeasurement.create(clients, endpoint, () -> BenchProject.local(broker), cancelled);
		} catch (IllegalStateException e) {
			note(endpoint, Figure.UI_INGEST.key, e.getMessage() + ": " + e.getCause());
			return false;
		}
		if (load.isEmpty()) {
			progress.println("# no UI load: its fragment org.iotbench.bench.ui is not installed");
			return false;
		}
		UiMeasurement.Result result;
		try {
			result = load.get().run(projectTopic(Figure.UI_INGEST.key), options.uiLoadMessages());
		} catch (UiMeasurement.NoDisplayException e) {
			progress.println("# no display for the UI load: " + e.getMessage());
			return false;
		} catch (MqttException e) {
			note(endpoint, Figure.UI_INGEST.key, describe(e));
			return true;
		} catch (SessionException e) {
			note(endpoint, Figure.UI_INGEST.key, e.getMessage());
			return true;
		}
		ThroughputLoad.Result flood = result.flood();
		noteProblem(endpoint, Figure.UI_INGEST, flood, options.uiLoadMessages());
		if (flood.lost() > 0) {
			note(endpoint, Figure.UI_INGEST.key, flood.lost() + " of " + flood.sent() + " messages not recorded");
		}
		record(endpoint, round, Figure.UI_INGEST, flood.perSecond());
		long[] waits = result.waits();
		if (result.unrun() > 0) {
			note(endpoint, "ui_async", result.unrun() + " probes did not run within " + UiMeasurement.DRAIN_LIMIT.toSeconds()
					+ " s after the flood: the UI thread was stuck");
		}
		if (waits.length == 0) {
			note(endpoint, "ui_async", "no probe ran during the flood (it was shorter than "
					+ UiMeasurement.PROBE_PERIOD_MS + " ms): no asyncExec figures");
		} else {
			note(endpoint, "ui_async", waits.length + " probes during the flood, one every "
					+ UiMeasurement.PROBE_PERIOD_MS + " ms");
			record(endpoint, round, Figure.UI_ASYNC_P50, LatencySamples.percentile(waits, 50) / 1e6);
			record(endpoint, round, Figure.UI_ASYNC_P99, LatencySamples.percentile(waits, 99) / 1e6);
			record(endpoint, round, Figure.UI_ASYNC_MAX, waits[waits.length - 1] / 1e6);
		}
		record(endpoint, round, Figure.UI_TABLE_ROWS, result.tableRows());
		record(endpoint, round, Figure.UI_LIST_SHOW_MAX, result.listShowMaxMs());
		record(endpoint, round, Figure.UI_TREE_TOPICS, result.topics());
		if (result.seconds() > 0) {
			record(endpoint, round, Figure.UI_TREE_REFRESHES, result.treeRefreshes() / result.seconds());
		}
		record(endpoint, round, Figure.UI_TREE_REFRESH_MAX, result.treeRefreshMaxMs());
		record(endpoint, round, Figure.UI_CHART_POINTS, result.chartPoints());
		record(endpoint, round, Figure.UI_CHART_REFRESH_MAX, result.chartRefreshMaxMs());
		if (result.tableRows() != result.storeSize()) {
			note(endpoint, Figure.UI_TABLE_ROWS.key, "the table shows " + result.tableRows()
					+ " rows but should show the newest " + result.storeSize() + " messages of the store");
		}
		return true;
	}

	/**
	 * Runs the dashboard load once with a local project inside our running broker, on this thread.
	 *
	 * @return false when there is no display
	 */
	boolean dashboard(Endpoint endpoint, BrokerService broker, int round) throws InterruptedException {
		if (cancelled.getAsBoolean()) {
			return true;
		}
		progress.println("# " + endpoint.label() + ": dashboard, " + UiMeasurement.DASHBOARD_WIDGETS + " widgets, "
				+ UiMeasurement.DASHBOARD_RATE + " msg/s on their topics for " + UiMeasurement.DASHBOARD_SECONDS
				+ " s, asyncExec every " + UiMeasurement.PROBE_PERIOD_MS + " ms");
		java.util.Optional<UiMeasurement> load;
		try {
			load = UiMeasurement.create(clients, endpoint, () -> BenchProject.local(broker), cancelled);
		} catch (IllegalStateException e) {
			note(endpoint, Figure.DASHBOARD_INGEST.key, e.getMessage() + ": " + e.getCause());
			return false;
		}
		if (load.isEmpty()) {
			return false;
		}
		UiMeasurement.DashboardResult result;
		try {
			result = load.get().dashboard(projectTopic(Figure.DASHBOARD_INGEST.key));
		} catch (UiMeasurement.NoDisplayException e) {
			progress.println("# no display for the dashboard load: " + e.getMessage());
			return false;
		} catch (MqttException e) {
			note(endpoint, Figure.DASHBOARD_INGEST.key, describe(e));
			return true;
		} catch (SessionException e) {
			note(endpoint, Figure.DASHBOARD_INGEST.key, e.getMessage());
			return true;
		}
		ThroughputLoad.Result flood = result.flood();
		int messages = UiMeasurement.DASHBOARD_RATE * UiMeasurement.DASHBOARD_SECONDS;
		noteProblem(endpoint, Figure.DASHBOARD_INGEST, flood, messages);
		record(endpoint, round, Figure.DASHBOARD_INGEST, flood.perSecond());
		long[] waits = result.waits();
		if (result.unrun() > 0) {
			note(endpoint, "dashboard_async", result.unrun() + " probes did not run within "
					+ UiMeasurement.DRAIN_LIMIT.toSeconds() + " s after the flood: the UI thread was stuck");
		}
		if (waits.length > 0) {
			note(endpoint, "dashboard_async", waits.length + " probes during the flood, one every "
					+ UiMeasurement.PROBE_PERIOD_MS + " ms, " + result.widgets() + " widgets");
			record(endpoint, round, Figure.DASHBOARD_ASYNC_P50, LatencySamples.percentile(waits, 50) / 1e6);
			record(endpoint, round, Figure.DASHBOARD_ASYNC_P99, LatencySamples.percentile(waits, 99) / 1e6);
			record(endpoint, round, Figure.DASHBOARD_ASYNC_MAX, waits[waits.length - 1] / 1e6);
		}
		if (result.seconds() > 0) {
			record(endpoint, round, Figure.DASHBOARD_REPAINTS, result.repaints() / result.seconds());
		}
		record(endpoint, round, Figure.DASHBOARD_TICK_MAX, result.tickMaxMs());
		return true;
	}

	/** Runs the project loads once with remote projects on the peer (no memory figure: the store is the same). */
	void remoteProjects(Endpoint endpoint, int round) throws InterruptedException {
		projects(endpoint, round, () -> BenchProject.remote(endpoint, fleet), false);
	}

	private void projects(Endpoint endpoint, int round, ProjectLoads.Opener opener, boolean memory)
			throws InterruptedException {
		ProjectLoads loads = new ProjectLoads(clients, endpoint, opener, cancelled);
		int messages = options.messages();
		throughput(endpoint, round, "project ingest", Figure.PROJECT_INGEST, Figure.PROJECT_INGEST_LOST,
				projectTopic(Figure.PROJECT_INGEST.key), messages, 1, topic -> loads.ingest(topic, messages));
		latency(endpoint, round, "project latency", "project_latency", ProjectLoads.LATENCY_MESSAGES,
				ProjectLoads.LATENCY_RATE, Figure.PROJECT_LATENCY_P50, Figure.PROJECT_LATENCY_P99, null,
				projectTopic("project_latency"), loads::latency);
		if (memory) {
			memory(endpoint, round, loads);
		}
	}

	/** One throughput load on a topic of its own. */
	private interface Load {
		ThroughputLoad.Result run(String topic)
				throws MqttException, SessionException, IOException, InterruptedException;
	}

	/** A throughput load on a topic of its own (one of the broker loads' topics). */
	private void throughput(Endpoint endpoint, int round, String name, Figure rate, Figure loss, int messages,
			int copies, Load load) throws InterruptedException {
		throughput(endpoint, round, name, rate, loss, topic(rate), messages, copies, load);
	}

	/**
	 * One throughput load: {@code messages} published, each due {@code copies} times (the fan-out's subscribers). The
	 * loss is counted in deliveries.
	 */
	private void throughput(Endpoint endpoint, int round, String name, Figure rate, Figure loss, String topic,
			int messages, int copies, Load load) throws InterruptedException {
		if (cancelled.getAsBoolean()) {
			return;
		}
		progress.println("# " + endpoint.label() + ": " + name + ", " + messages + " messages");
		ThroughputLoad.Result result;
		try {
			result = load.run(topic);
			noteProblem(endpoint, rate, result, messages);
		} catch (MqttException e) {
			note(endpoint, rate.key, describe(e));
			result = ThroughputLoad.Result.nothing(messages, copies);
		} catch (SessionException e) {
			note(endpoint, rate.key, e.getMessage());
			result = ThroughputLoad.Result.nothing(messages, copies);
		} catch (IOException e) {
			note(endpoint, rate.key, String.valueOf(e));
			result = ThroughputLoad.Result.nothing(messages, copies);
		}
		record(endpoint, round, rate, result.perSecond());
		record(endpoint, round, loss, loss.kind == Figure.Kind.PERCENT ? result.lostPercent() : result.lost());
	}

	/** One latency load on a topic of its own. */
	private interface LatencyMeasure {
		Latency run(String topic) throws MqttException, SessionException, InterruptedException;
	}

	/**
	 * One latency load: percentiles of what arrived and, if {@code loss} is given, the count of measured messages that
	 * did not arrive; a load that fails records nothing but a note (under {@code key}).
	 */
	private void latency(Endpoint endpoint, int round, String name, String key, int messages, int rate, Figure p50,
			Figure p99, Figure loss, String topic, LatencyMeasure measure) throws InterruptedException {
		if (cancelled.getAsBoolean()) {
			return;
		}
		progress.println("# " + endpoint.label() + ": " + name + ", " + messages + " messages at " + rate + "/s");
		Latency result;
		try {
			result = measure.run(topic);
		} catch (MqttException e) {
			note(endpoint, key, describe(e));
			return;
		} catch (SessionException e) {
			note(endpoint, key, e.getMessage());
			return;
		}
		if (result.problem() != null) {
			note(endpoint, key, "stopped early: " + result.problem());
		}
		if (result.lost() > 0) {
			note(endpoint, key, result.lost() + " of " + result.expected() + " messages not recorded");
		}
		if (loss != null) {
			record(endpoint, round, loss, result.lost());
		}
		if (result.recorded() == 0) {
			return;
		}
		record(endpoint, round, p50, result.p50Micros());
		record(endpoint, round, p99, result.p99Micros());
		note(endpoint, key, String.format(Locale.ROOT, "slowest %.1f us", result.lateMicros()));
	}

	private void memory(Endpoint endpoint, int round, ProjectLoads loads) throws InterruptedException {
		if (cancelled.getAsBoolean()) {
			return;
		}
		progress.println("# " + endpoint.label() + ": project memory, " + ProjectLoads.MEMORY_MESSAGES
				+ " messages on " + ProjectLoads.MEMORY_TOPICS + " topics");
		String key = Figure.PROJECT_BYTES_PER_MESSAGE.key;
		ProjectLoads.Memory result;
		try {
			result = loads.memory();
		} catch (MqttException e) {
			note(endpoint, key, describe(e));
			return;
		} catch (SessionException e) {
			note(endpoint, key, e.getMessage());
			return;
		}
		if (result.problem() != null) {
			note(endpoint, key, "stopped early: " + result.problem());
		}
		if (result.stored() < ProjectLoads.MEMORY_MESSAGES) {
			note(endpoint, key, "the store held " + result.stored() + " of " + ProjectLoads.MEMORY_MESSAGES
					+ " messages; the figure is per stored message");
		}
		if (result.stored() == 0) {
			return;
		}
		record(endpoint, round, Figure.PROJECT_BYTES_PER_MESSAGE, result.bytesPerMessage());
		note(endpoint, key, String.format(Locale.ROOT, "used heap %.1f MB before, %.1f MB with the store full",
				result.before() / 1e6, result.after() / 1e6));
	}

	private void connects(Endpoint endpoint, int round) throws InterruptedException {
		progress.println("# " + endpoint.label() + ": connecting " + options.clients() + " clients, cold then warm");
		ConnectLoad.Result result = new ConnectLoad(fleet, endpoint, cancelled).run();
		record(endpoint, round, Figure.CONNECT_COLD, result.cold().perSecond());
		record(endpoint, round, Figure.CONNECT_COLD_FAILED, result.cold().failed());
		noteFailures(endpoint, "connect_cold", result.cold().reasons());
		record(endpoint, round, Figure.CONNECT_WARM, result.warm().perSecond());
		record(endpoint, round, Figure.CONNECT_WARM_FAILED, result.warm().failed());
		noteFailures(endpoint, "connect_warm", result.warm().reasons());
		// Let the broker finish closing the fleet's sessions before the throughput loads reuse two of its client IDs:
		// Moquette 0.17 may otherwise drop the new subscriber's pipelined SUBSCRIBE (seen once in four runs).
		Thread.sleep(1_000);
	}

	private void record(Endpoint endpoint, int round, Figure figure, double value) {
		figures.add(endpoint.label(), figure, value);
		if (options.rounds() > 1) {
			notes.println("# round " + round + ' ' + Figures.line(endpoint.label(), figure, value));
		}
	}

	private void noteProblem(Endpoint endpoint, Figure figure, ThroughputLoad.Result result, int planned) {
		if (result.problem() != null) {
			note(endpoint, figure.key, "stopped after " + result.sent() + " of " + planned + ": " + result.problem());
		}
		if (result.writeOffs() > 0) {
			String receiver = figure == Figure.PROJECT_INGEST || figure == Figure.UI_INGEST ? "project fell"
					: result.copies() > 1 ? "subscribers fell" : "subscriber fell";
			note(endpoint, figure.key, "the " + receiver + " silent " + result.writeOffs() + " time(s) with messages"
					+ " missing; the publisher waited " + ThroughputLoad.WRITE_OFF_AFTER.toMillis() + " ms each time");
		}
		if (result.duplicates() > 0) {
			note(endpoint, figure.key, result.duplicates() + " duplicates received (not counted as received)");
		} else if (result.received() > result.expected()) {
			note(endpoint, figure.key, (result.received() - result.expected()) + " duplicates received");
		}
	}

	private void noteFailures(Endpoint endpoint, String phase, Map<String, Integer> reasons) {
		reasons.forEach((reason, count) -> note(endpoint, phase, count + " failed: " + reason));
	}

	private void note(Endpoint endpoint, String what, String text) {
		notes.println("# " + endpoint.label() + ' ' + what + ": " + text);
	}

	private static String describe(MqttException e) {
		return e.getMessage() + " (" + e.getReasonCode() + (e.getCause() == null ? "" : ", " + e.getCause()) + ')';
	}

	private String topic(String name) {
		return topicPrefix + name + '/' + topicNumber.incrementAndGet();
	}

	private String topic(Figure figure) {
		return topic(figure.key);
	}

	/** A topic of its own that the projects' filter {@value BenchProject#FILTER} matches. */
	private String projectTopic(String name) {
		return projectTopicPrefix + name + '/' + topicNumber.incrementAndGet();
	}
}
