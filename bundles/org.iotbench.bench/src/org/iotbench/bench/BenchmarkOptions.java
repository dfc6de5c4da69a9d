package org.iotbench.bench;

import java.util.List;

/**
 * What {@code iotbench bench [--clients N] [--messages N] [--rounds N] [--no-peer] [--no-projects] [--no-ui]} asks
 * for.
 *
 * @param clients  clients registered with both brokers and connected in the connect loads (at least 2: the
 *                 throughput loads use the first two as publisher and subscriber)
 * @param messages messages published in each throughput load (the project ingest and UI loads included)
 * @param rounds   how often each load runs; the median is printed
 * @param peer     whether mosquitto is measured beside our broker
 * @param projects whether the project loads run (ingest, memory, latency)
 * @param ui       whether the UI load runs on our broker (an open message list flooded; it needs a display)
 */
record BenchmarkOptions(int clients, int messages, int rounds, boolean peer, boolean projects, boolean ui) {

	static final String USAGE = """
			Usage: iotbench bench [--clients N] [--messages N] [--rounds N] [--no-peer] [--no-projects] [--no-ui]
			  --clients N    clients to register and connect (default 1000, 2 to 100000)
			  --messages N   messages per throughput load (default 50000, 1 to 10000000)
			  --rounds N     run each load N times and print the median (default 1, 1 to 99)
			  --no-peer      measure only our broker, not mosquitto
			  --no-projects  skip the project loads (a local project on our broker, a remote one on
			                 mosquitto: ingest rate, memory per stored message, device-to-project latency)
			  --no-ui        skip the UI load (a project's message list open in a window on our broker, flooded
			                 with --messages: ingest rate, asyncExec latency of the UI thread, table rows); it
			                 needs a display: without one it is skipped with a note (use xvfb-run)
			Measures the embedded broker beside mosquitto (if installed) on 127.0.0.1. Output: one figure a
			line, "<broker> <figure> <value>", and "ratio <figure> <ours/mosquitto>" for rates,
			"<mosquitto/ours>" for latencies (higher is better for ours in both; the ui figures are ours
			only, without ratios); lines starting with # are notes, progress goes to standard error.
			""";

	static final BenchmarkOptions DEFAULTS = new BenchmarkOptions(1_000, 50_000, 1, true, true, true);

	/** Whether the user asked for the usage text. */
	static boolean helpRequested(List<String> args) {
		return args.contains("--help") || args.contains("-h") || args.equals(List.of("help"))
				|| args.equals(List.of("bench", "help"));
	}

	/**
	 * Reads the options. A leading {@code bench} (the launcher's command word) is skipped.
	 *
	 * @throws UsageException with a message for the user
	 */
	static BenchmarkOptions parse(List<String> args) throws UsageException {
		List<String> words = !args.isEmpty() && "bench".equals(args.get(0)) ? args.subList(1, args.size()) : args;
		int clients = DEFAULTS.clients();
		int messages = DEFAULTS.messages();
		int rounds = DEFAULTS.rounds();
		boolean peer = DEFAULTS.peer();
		boolean projects = DEFAULTS.projects();
		boolean ui = DEFAULTS.ui();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			switch (word) {
			case "--clients" -> clients = number(words, ++i, word, 2, 100_000);
			case "--messages" -> messages = number(words, ++i, word, 1, 10_000_000);
			case "--rounds" -> rounds = number(words, ++i, word, 1, 99);
			case "--no-peer" -> peer = false;
			case "--no-projects" -> projects = false;
			case "--no-ui" -> ui = false;
			default -> throw new UsageException(word.startsWith("-") ? "Unknown option \"" + word + "\"."
					: "Unexpected argument \"" + word + "\".");
			}
		}
		return new BenchmarkOptions(clients, messages, rounds, peer, projects, ui);
	}

	private static int number(List<String> words, int index, String option, int min, int max) throws UsageException {
		if (index >= words.size()) {
			throw new UsageException("The option " + option + " needs a value.");
		}
		String text = words.get(index).replace("_", "");
		try {
			int value = Integer.parseInt(text);
			if (value >= min && value <= max) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(
				option + " needs a whole number from " + min + " to " + max + ", not \"" + words.get(index) + "\".");
	}
}
