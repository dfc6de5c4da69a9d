package org.iotbench.bench;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * Runs the loads against one broker, in a fixed order (connects, QoS 0 flow, QoS 1 flow, QoS 0 burst), and records
 * the figures. A load that fails is noted and counts as nothing received.
 */
final class LoadRunner {

	private static final int WARM_UP_CLIENTS = 200;
	private static final int WARM_UP_CONNECT_PASSES = 3;

	private final Fleet fleet;
	private final ClientFactory clients;
	private final BenchmarkOptions options;
	private final Figures figures;
	private final PrintStream notes;
	private final PrintStream progress;
	private final BooleanSupplier cancelled;
	private final String topicPrefix;
	private final AtomicInteger topicNumber = new AtomicInteger();

	LoadRunner(Fleet fleet, ClientFactory clients, BenchmarkOptions options, Figures figures, PrintStream notes,
			PrintStream progress, BooleanSupplier cancelled, String runId) {
		this.fleet = fleet;
		this.clients = clients;
		this.options = options;
		this.figures = figures;
		this.notes = notes;
		this.progress = progress;
		this.cancelled = cancelled;
		this.topicPrefix = "iotbench/bench/" + runId + '/';
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
			load.burst(topic("warm-up"), messages);
		} catch (MqttException e) {
			note(endpoint, "warm-up", describe(e));
		}
	}

	/** Runs every load once and records its figures under the endpoint's label. */
	void run(Endpoint endpoint, int round) throws InterruptedException {
		connects(endpoint, round);
		ThroughputLoad load = new ThroughputLoad(clients, endpoint, cancelled);
		int messages = options.messages();
		throughput(endpoint, round, "QoS 0 flow", Figure.QOS0_FLOW, Figure.QOS0_FLOW_LOST,
				topic -> load.flow(topic, 0, messages));
		throughput(endpoint, round, "QoS 1 flow", Figure.QOS1_FLOW, Figure.QOS1_FLOW_LOST,
				topic -> load.flow(topic, 1, messages));
		throughput(endpoint, round, "QoS 0 burst", Figure.QOS0_BURST, Figure.QOS0_BURST_LOST_PCT,
				topic -> load.burst(topic, messages));
	}

	/** One throughput load on a topic of its own. */
	private interface Load {
		ThroughputLoad.Result run(String topic) throws MqttException, InterruptedException;
	}

	private void throughput(Endpoint endpoint, int round, String name, Figure rate, Figure loss, Load load)
			throws InterruptedException {
		if (cancelled.getAsBoolean()) {
			return;
		}
		progress.println("# " + endpoint.label() + ": " + name + ", " + options.messages() + " messages");
		ThroughputLoad.Result result;
		try {
			result = load.run(topic(rate.key));
			noteProblem(endpoint, rate, result);
		} catch (MqttException e) {
			note(endpoint, rate.key, describe(e));
			result = ThroughputLoad.Result.nothing(options.messages());
		}
		record(endpoint, round, rate, result.perSecond());
		record(endpoint, round, loss, loss.kind == Figure.Kind.PERCENT ? result.lostPercent() : result.lost());
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
	}

	private void record(Endpoint endpoint, int round, Figure figure, double value) {
		figures.add(endpoint.label(), figure, value);
		if (options.rounds() > 1) {
			notes.println("# round " + round + ' ' + Figures.line(endpoint.label(), figure, value));
		}
	}

	private void noteProblem(Endpoint endpoint, Figure figure, ThroughputLoad.Result result) {
		if (result.problem() != null) {
			note(endpoint, figure.key, "stopped after " + result.sent() + " of " + options.messages() + ": "
					+ result.problem());
		}
		if (result.writeOffs() > 0) {
			note(endpoint, figure.key, "the subscriber fell silent " + result.writeOffs() + " time(s) with messages"
					+ " missing; the publisher waited " + ThroughputLoad.WRITE_OFF_AFTER.toMillis() + " ms each time");
		}
		if (result.received() > result.sent()) {
			note(endpoint, figure.key, (result.received() - result.sent()) + " duplicates received");
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
}
