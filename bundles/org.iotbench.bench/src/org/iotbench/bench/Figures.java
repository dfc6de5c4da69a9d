package org.iotbench.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

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
		return broker + ' ' + figure.key + ' ' + format(figure, value);
	}

	/** A value as the figure prints it. */
	static String format(Figure figure, double value) {
		return String.format(Locale.ROOT, figure.kind.format, value);
	}

	/** A ratio as it is printed. */
	static String formatRatio(double ratio) {
		return String.format(Locale.ROOT, "%.2f", ratio);
	}

	/** The values of every round, in the order measured; empty when the broker has none for the figure. */
	List<Double> all(Figure figure, String broker) {
		List<Double> measured = values.getOrDefault(figure, Map.of()).get(broker);
		return measured == null ? List.of() : Collections.unmodifiableList(measured);
	}

	/** The median over the rounds, if the broker has the figure. */
	OptionalDouble median(Figure figure, String broker) {
		List<Double> measured = all(figure, broker);
		return measured.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(median(measured));
	}

	/**
	 * The ratio of the medians, when both brokers have the figure and it is {@link Figure#compared compared}:
	 * {@code ours / peer} for rates, {@code peer / ours} for latencies, so that above 1 is better for ours in both.
	 */
	OptionalDouble ratio(Figure figure, String ours, String peer) {
		OptionalDouble mine = median(figure, ours);
		OptionalDouble theirs = median(figure, peer);
		if (!figure.compared || mine.isEmpty() || theirs.isEmpty()) {
			return OptionalDouble.empty();
		}
		if (figure.kind == Figure.Kind.RATE && theirs.getAsDouble() > 0) {
			return OptionalDouble.of(mine.getAsDouble() / theirs.getAsDouble());
		}
		if ((figure.kind == Figure.Kind.LATENCY || figure.kind == Figure.Kind.COST) && mine.getAsDouble() > 0) {
			return OptionalDouble.of(theirs.getAsDouble() / mine.getAsDouble());
		}
		return OptionalDouble.empty();
	}

	/**
	 * Prints the medians of every figure, then, when both were measured, the {@link #ratio}; a note says before the
	 * first latency ratio that it is {@code peer / ours}.
	 *
	 * @param ours the label of our broker
	 * @param peer the label of the peer
	 */
	void print(PrintStream out, String ours, String peer) {
		boolean latencyNoted = false;
		for (Figure figure : Figure.values()) {
			OptionalDouble mine = median(figure, ours);
			OptionalDouble theirs = median(figure, peer);
			mine.ifPresent(value -> out.println(line(ours, figure, value)));
			theirs.ifPresent(value -> out.println(line(peer, figure, value)));
			OptionalDouble ratio = ratio(figure, ours, peer);
			if (ratio.isEmpty()) {
				continue;
			}
			if ((figure.kind == Figure.Kind.LATENCY || figure.kind == Figure.Kind.COST) && !latencyNoted) {
				out.println("# latency and cost ratios are " + peer + '/' + ours + ": higher is better for " + ours
						+ ", as for rates");
				latencyNoted = true;
			}
			out.println("ratio " + figure.key + ' ' + formatRatio(ratio.getAsDouble()));
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
