package org.iotbench.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values measured, per figure and broker, one per round; printed as medians, one figure a line:
 * {@code <broker> <figure> <value>}, and {@code ratio <figure> <ours/peer>} for rates ({@code <peer/ours>} for
 * latencies) of figures that are {@link Figure#compared compared}.
 */
final class Figures {

	private final Map<Figure, Map<String, List<Double>>> values = new EnumMap<>(Figure.class);

	void add(String broker, Figure figure, double value) {
		values.computeIfAbsent(figure, key -> new HashMap<>()).computeIfAbsent(broker, key -> new ArrayList<>())
				.add(value);
	}

	/** One line for a value as it is measured ({@code # round 2 ours qos0_flow_msgs_per_s 41234.0}). */
	static String line(String broker, Figure figure, double value) {
		return broker + ' ' + figure.key + ' ' + String.format(Locale.ROOT, figure.kind.format, value);
	}

	/**
	 * Prints the medians of every figure, then, when both were measured, the ratio {@code ours / peer} for rates and
	 * {@code peer / ours} for latencies, so that a ratio above 1 is better for ours in both; a note says so before the
	 * first latency ratio.
	 *
	 * @param ours the label of our broker
	 * @param peer the label of the peer
	 */
	void print(PrintStream out, String ours, String peer) {
		boolean latencyNoted = false;
		for (Figure figure : Figure.values()) {
			Map<String, List<Double>> byBroker = values.get(figure);
			if (byBroker == null) {
				continue;
			}
			List<Double> mine = byBroker.get(ours);
			List<Double> theirs = byBroker.get(peer);
			if (mine != null) {
				out.println(line(ours, figure, median(mine)));
			}
			if (theirs != null) {
				out.println(line(peer, figure, median(theirs)));
			}
			if (mine == null || theirs == null || !figure.compared) {
				continue;
			}
			if (figure.kind == Figure.Kind.RATE && median(theirs) > 0) {
				out.println(String.format(Locale.ROOT, "ratio %s %.2f", figure.key, median(mine) / median(theirs)));
			} else if (figure.kind == Figure.Kind.LATENCY && median(mine) > 0) {
				if (!latencyNoted) {
					out.println("# latency ratios are " + peer + '/' + ours + ": higher is better for " + ours
							+ ", as for rates");
					latencyNoted = true;
				}
				out.println(String.format(Locale.ROOT, "ratio %s %.2f", figure.key, median(theirs) / median(mine)));
			}
		}
	}

	static double median(List<Double> samples) {
		if (samples.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(samples);
		sorted.sort(null);
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}
}
