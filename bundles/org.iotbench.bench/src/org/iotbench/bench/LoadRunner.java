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

	/** A small pass of the throughput loads, not recorded, so that the JIT has compiled the client side. */
	void warmUp(Endpoint endpoint, int messages) throws InterruptedException {
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
		for (int qos = 0; qos <= 1 && !cancelled.getAsBoolean(); qos++) {
			Figure rate = qos == 0 ? Figure.QOS0_FLOW : Figure.QOS1_FLOW;
			Figure lost = qos == 0 ? Figure.QOS0_FLOW_LOST : Figure.QOS1_FLOW_LOST;
			progress.println("# " + endpoint.label() + ": QoS " + qos + " flow, " + options.messages() + " messages");
			try {
				ThroughputLoad.Result result = load.flow(topic(rate.key), qos, options.messages());
				noteProblem(endpoint, rate, result);
				record(endpoint, round, rate, result.perSecond());
				record(endpoint, round, lost, result.lost());
			} catch (MqttException e) {
				note(endpoint, rate.key, describe(e));
				record(endpoint, round, rate, 0);
				record(endpoint, round, lost, options.messages());
			}
		}
		if (cancelled.getAsBoolean()) {
			return;
		}
		progress.println("# " + endpoint.label() + ": QoS 0 burst, " + options.messages() + " messages");
		try {
			ThroughputLoad.Result result = load.burst(topic(Figure.QOS0_BURST.key), options.messages());
			noteProblem(endpoint, Figure.QOS0_BURST, result);
			record(endpoint, round, Figure.QOS0_BURST, result.perSecond());
			record(endpoint, round, Figure.QOS0_BURST_LOST_PCT, result.lostPercent());
		} catch (MqttException e) {
			note(endpoint, Figure.QOS0_BURST.key, describe(e));
			record(endpoint, round, Figure.QOS0_BURST, 0);
			record(endpoint, round, Figure.QOS0_BURST_LOST_PCT, 100);
		}
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
