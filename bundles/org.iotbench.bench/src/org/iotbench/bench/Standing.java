package org.iotbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Where our broker stands against the benchmark's target, worked out from the figures: ahead of mosquitto on every
 * message throughput figure (medians), no message lost by the broker loads in any round, and a p99 latency within
 * {@value #P99_LIMIT} times mosquitto's (medians). Connect rates, the project and UI loads are not part of the target.
 */
final class Standing {

	/** The message throughputs the target compares. */
	static final List<Figure> THROUGHPUT = List.of(Figure.QOS0_FLOW, Figure.QOS1_FLOW, Figure.QOS0_BURST,
			Figure.QOS1_BURST, Figure.FANOUT_FLOW, Figure.FANOUT_BURST, Figure.DEVICES_QOS0, Figure.DEVICES_QOS1);
	/** The losses of the broker loads; the target is none in any round. */
	static final List<Figure> LOSS = List.of(Figure.QOS0_FLOW_LOST, Figure.QOS1_FLOW_LOST, Figure.QOS0_BURST_LOST_PCT,
			Figure.QOS1_BURST_LOST, Figure.FANOUT_FLOW_LOST, Figure.FANOUT_BURST_LOST, Figure.LATENCY_LOST,
			Figure.DEVICES_QOS0_LOST, Figure.DEVICES_QOS1_LOST, Figure.SOAK_LOST);
	static final double P99_LIMIT = 2.0;

	private final Figures figures;
	private final String ours;
	private final String peer;

	Standing(Figures figures, String ours, String peer) {
		this.figures = figures;
		this.ours = ours;
		this.peer = peer;
	}

	/** One sentence: whether the target is met, then throughput, loss and latency in turn. */
	String sentence() {
		List<String> behind = new ArrayList<>();
		int compared = 0;
		for (Figure figure : THROUGHPUT) {
			OptionalDouble ratio = figures.ratio(figure, ours, peer);
			if (ratio.isPresent()) {
				compared++;
				if (ratio.getAsDouble() <= 1) {
					behind.add(figure.key + ' ' + Figures.formatRatio(ratio.getAsDouble()));
				}
			}
		}
		String throughput;
		if (compared == 0) {
			throughput = "throughput not compared (" + peer + " not measured)";
		} else if (behind.isEmpty()) {
			throughput = "ahead of " + peer + " on all " + compared + " throughput figures";
		} else {
			throughput = "behind " + peer + " on " + behind.size() + " of " + compared + " throughput figures ("
					+ String.join(", ", behind) + ')';
		}
		if (compared > 0 && compared < THROUGHPUT.size()) {
			throughput += " (" + (THROUGHPUT.size() - compared) + " not measured)";
		}
		List<String> ourLosses = losses(ours);
		List<String> peerLosses = losses(peer);
		int rounds = LOSS.stream().mapToInt(figure -> figures.all(figure, ours).size()).max().orElse(0);
		String worst = rounds > 1 ? " (worst of " + rounds + " rounds)" : "";
		String loss = rounds == 0 ? "loss not measured"
				: (ourLosses.isEmpty() ? "no message lost by ours"
						: "ours lost messages" + worst + ": " + String.join(", ", ourLosses)) + peerLosses(peerLosses);
		OptionalDouble mine = figures.median(Figure.LATENCY_P99, ours);
		OptionalDouble theirs = figures.median(Figure.LATENCY_P99, peer);
		boolean latencyMet = false;
		String latency;
		if (mine.isEmpty() || theirs.isEmpty() || theirs.getAsDouble() <= 0) {
			latency = "p99 latency not compared";
		} else {
			double factor = mine.getAsDouble() / theirs.getAsDouble();
			latencyMet = factor <= P99_LIMIT;
			latency = String.format(Locale.ROOT, "our p99 latency %.0f us is %.2fx %s's %.0f us (%s 2x)",
					mine.getAsDouble(), factor, peer, theirs.getAsDouble(), latencyMet ? "within" : "not within");
		}
		boolean met = compared == THROUGHPUT.size() && behind.isEmpty() && rounds > 0 && ourLosses.isEmpty()
				&& latencyMet;
		return (met ? "target met" : "target not met") + ": " + throughput + "; " + loss + "; " + latency;
	}

	/** The loss figures where the broker lost something in some round, with the worst round's value. */
	private List<String> losses(String broker) {
		List<String> found = new ArrayList<>();
		for (Figure figure : LOSS) {
			double worst = figures.all(figure, broker).stream().mapToDouble(Double::doubleValue).max().orElse(0);
			if (worst > 0) {
				String value = Figures.format(figure, worst);
				// a loss too small for the printed digits (a few messages in percent) is still a loss
				found.add(figure.key + ' ' + (Double.parseDouble(value) == 0 ? "above 0" : value));
			}
		}
		return found;
	}

	private String peerLosses(List<String> found) {
		boolean measured = LOSS.stream().anyMatch(figure -> !figures.all(figure, peer).isEmpty());
		if (!measured) {
			return "";
		}
		return found.isEmpty() ? " (" + peer + ": none)" : " (" + peer + ": " + String.join(", ", found) + ')';
	}
}
