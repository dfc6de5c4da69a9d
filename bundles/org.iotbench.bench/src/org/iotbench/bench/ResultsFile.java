package org.iotbench.bench;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.OptionalDouble;

import org.iotbench.core.AtomicFile;

/**
 * The results of a run as Markdown, for {@code --results FILE}: date, machine, options, where we stand, and one table
 * row per figure (ours, mosquitto, ratio), the values as printed. The file is replaced as a whole ({@link AtomicFile}),
 * so that a reader never sees half of it.
 */
final class ResultsFile {

	private final BenchmarkOptions options;
	private final OffsetDateTime date;
	private final Machine machine;
	private final String peer;
	private final Figures figures;
	private final String standing;

	/**
	 * @param peer     mosquitto's version and executable, or why it was not measured
	 * @param standing where we stand, from {@link Standing#sentence()}
	 */
	ResultsFile(BenchmarkOptions options, OffsetDateTime date, Machine machine, String peer, Figures figures,
			String standing) {
		this.options = options;
		this.date = date;
		this.machine = machine;
		this.peer = peer;
		this.figures = figures;
		this.standing = standing;
	}

	/** Replaces the file; on failure the previous one is left as it was. */
	void write(Path file) throws IOException {
		new AtomicFile(file).write(out -> {
			PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			write(writer);
			writer.flush();
			if (writer.checkError()) {
				throw new IOException("writing " + file + " failed");
			}
		});
	}

	private void write(PrintWriter out) {
		String ours = EmbeddedBroker.LABEL;
		String theirs = PeerBroker.LABEL;
		out.println("# IoT Workbench benchmark results");
		out.println();
		out.println("Written by `iotbench bench --results FILE`, which replaces this file after every run. Both brokers"
				+ " ran on this machine, one after the other, on 127.0.0.1 with authentication on and the same loads"
				+ " (see the README's Benchmark section).");
		out.println();
		out.println("- date: " + date);
		out.println("- machine: " + machine.cpu() + ", " + machine.processors() + " processors, " + machine.memory()
				+ " memory");
		out.println("- system: " + machine.os());
		out.println("- Java: " + machine.java());
		out.println("- " + theirs + ": " + peer);
		String fanout = options.fanout() == 0 ? "no fan-out"
				: "fan-out " + options.fanoutMessages() + " messages to " + options.fanout() + " subscribers";
		String rounds = options.rounds() == 1 ? "1 round" : options.rounds() + " rounds (medians)";
		out.println("- options: " + options.clients() + " clients, " + options.messages()
				+ " messages per 1 → 1 load, " + fanout + ", " + rounds
				+ (options.projects() ? "" : ", no project loads") + (options.ui() ? "" : ", no UI load"));
		out.println();
		out.println("**Where we stand:** " + standing + '.');
		out.println();
		out.println("| figure | " + ours + " | " + theirs + " | ratio |");
		out.println("| --- | ---: | ---: | ---: |");
		for (Figure figure : Figure.values()) {
			OptionalDouble mine = figures.median(figure, ours);
			OptionalDouble peers = figures.median(figure, theirs);
			if (mine.isEmpty() && peers.isEmpty()) {
				continue;
			}
			OptionalDouble ratio = figures.ratio(figure, ours, theirs);
			out.println("| " + figure.key + " | " + cell(figure, mine) + " | " + cell(figure, peers) + " | "
					+ (ratio.isPresent() ? Figures.formatRatio(ratio.getAsDouble()) : "") + " |");
		}
		out.println();
		out.println("Ratios are " + ours + '/' + theirs + " for rates and " + theirs + '/' + ours
				+ " for latencies: above 1 is better for " + ours + ". Losses count messages (deliveries for the"
				+ " fan-out), or percent where the name ends in `pct`. `broker_heap_mb` is the Java heap our broker"
				+ " holds after garbage collection, `broker_rss_mb` mosquitto's resident set size: they measure"
				+ " different things, so there is no ratio. The machine is noisy: compare only figures of one run.");
	}

	private static String cell(Figure figure, OptionalDouble value) {
		return value.isPresent() ? Figures.format(figure, value.getAsDouble()) : "";
	}
}
