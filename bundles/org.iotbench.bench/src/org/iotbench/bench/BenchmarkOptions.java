package org.iotbench.bench;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code iotbench bench [--clients N] [--messages N] [--rounds N] [--fanout N] [--results FILE] [--no-peer]
 * [--no-projects] [--no-ui]} asks for.
 *
 * @param clients  clients registered with both brokers and connected in the connect loads (at least 2: the
 *                 throughput loads use the first two as publisher and subscriber)
 * @param messages messages published in each 1 → 1 throughput load (the project ingest and UI loads included)
 * @param rounds   how often each load runs; the median is printed
 * @param fanout   subscribers of the fan-out loads (at most {@code clients - 1}); 0: no fan-out loads
 * @param results  the Markdown file the results are written to after the run, or {@code null} for none
 * @param peer     whether mosquitto is measured beside our broker
 * @param projects whether the project loads run (ingest, memory, latency)
 * @param ui       whether the UI load runs on our broker (an open message list flooded; it needs a display)
 * @param uiMessages messages of the UI load, or 0 for {@code messages}
 * @param soakSeconds how long the soak load runs (every client but one a device publishing once a second), or 0 for
 *                 no soak
 * @param bridgeMessages messages of the bridge load (a device's QoS 1 messages carried by a bridge to a mosquitto), or
 *                 0 for none
 */
record BenchmarkOptions(int clients, int messages, int rounds, int fanout, Path results, boolean peer,
		boolean projects, boolean ui, int uiMessages, int soakSeconds, int bridgeMessages) {

	/** Messages of the UI load. */
	int uiLoadMessages() {
		return uiMessages == 0 ? messages : uiMessages;
	}

	static final String USAGE = """
			Usage: iotbench bench [--clients N] [--messages N] [--rounds N] [--fanout N] [--results FILE]
			                      [--no-peer] [--no-projects] [--no-ui] [--ui-messages N] [--soak N]
			                      [--bridge N]
			  --clients N    clients to register and connect (default 1000, 2 to 100000)
			  --messages N   messages per throughput load (default 50000, 1 to 10000000)
			  --rounds N     run each load N times and print the median (default 1, 1 to 99)
			  --fanout N     subscribers of the fan-out loads (default 100, or --clients minus 1 if fewer;
			                 0 skips them); they publish about 10 x --messages / N messages, so that the
			                 subscribers get about 10 x --messages in all
			  --results FILE after the run, write the figures, the ratios, where we stand and the machine
			                 as a Markdown table into FILE (replaced as a whole)
			  --no-peer      measure only our broker, not mosquitto
			  --no-projects  skip the project loads (a local project on our broker, a remote one on
			                 mosquitto: ingest rate, memory per stored message, device-to-project latency)
			                 and the history load (1,000,000 messages on 10,000 topics into a project's
			                 history on disk: write rate, bytes per message, reopen time, filter scan)
			  --no-ui        skip the UI load (a project's topic tree and message list over its history on
			                 disk, open in a window on our broker, flooded with --messages on 10,000 topics:
			                 ingest rate, asyncExec latency of the UI thread, table rows, tree refreshes); it
			                 needs a display: without one it is skipped with a note (use xvfb-run)
			  --ui-messages N  messages of the UI load instead of --messages (1,200,000 make a minute at
			                 20,000 msg/s)
			  --soak N       also run the soak for N seconds (default 0: none; 300 is the classic): every
			                 client but one is a device on its own connection publishing a 64-byte QoS 1
			                 message each second, one subscriber gets them all; prints the latency p50/p99,
			                 what was lost and the broker's memory with all of them connected
			  --bridge N     also run the bridge load (default 0: none): a device publishes N 64-byte QoS 1
			                 messages to our broker, a bridge of ours carries them to a mosquitto where an
			                 application receives them; the same through a mosquitto bridged to a mosquitto
			                 (needs mosquitto installed)
			Measures the embedded broker beside mosquitto (if installed) on 127.0.0.1. The devices loads use
			mosquitto's own clients (mosquitto_pub, mosquitto_sub) as two devices in processes of their own,
			and tell the CPU time each broker used per message. Output: one figure a line,
			"<broker> <figure> <value>", and "ratio <figure> <ours/mosquitto>" for rates, "<mosquitto/ours>"
			for latencies and CPU per message (higher is better for ours in both; the ui figures and the
			broker's memory are printed without ratios: ours is a Java heap, mosquitto's a resident set);
			lines starting with # are notes, among them, at the end, "# where we stand: ..." (ahead of
			mosquitto on throughput? any message lost? p99 latency within 2x of mosquitto's?); progress goes
			to standard error.
			""";

	static final int DEFAULT_FANOUT = 100;
	/** Deliveries of a fan-out load, in multiples of {@code --messages}. */
	static final int FANOUT_DELIVERIES_PER_MESSAGE = 10;

	static final BenchmarkOptions DEFAULTS = new BenchmarkOptions(1_000, 50_000, 1, DEFAULT_FANOUT, null, true, true,
			true, 0, 0, 0);

	/** Whether the user asked for the usage text. */
	static boolean helpRequested(List<String> args) {
		return args.contains("--help") || args.contains("-h") || args.equals(List.of("help"))
				|| args.equals(List.of("bench", "help"));
	}

	/** Messages the publisher of a fan-out load sends: about {@code 10 x messages} deliveries in all. */
	int fanoutMessages() {
		return fanout == 0 ? 0 : fanoutMessages(messages, fanout);
	}

	/** Messages a fan-out load to {@code subscribers} (at least 1) publishes: about {@code 10 x messages} in all. */
	static int fanoutMessages(int messages, int subscribers) {
		return (int) Math.max(1, (long) messages * FANOUT_DELIVERIES_PER_MESSAGE / subscribers);
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
		Integer fanout = null;
		Path results = DEFAULTS.results();
		boolean peer = DEFAULTS.peer();
		boolean projects = DEFAULTS.projects();
		boolean ui = DEFAULTS.ui();
		int uiMessages = DEFAULTS.uiMessages();
		int soakSeconds = DEFAULTS.soakSeconds();
		int bridgeMessages = DEFAULTS.bridgeMessages();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			switch (word) {
			case "--clients" -> clients = number(words, ++i, word, 2, 100_000);
			case "--messages" -> messages = number(words, ++i, word, 1, 10_000_000);
			case "--rounds" -> rounds = number(words, ++i, word, 1, 99);
			case "--fanout" -> fanout = number(words, ++i, word, 0, 100_000);
			case "--results" -> results = file(words, ++i, word);
			case "--no-peer" -> peer = false;
			case "--no-projects" -> projects = false;
			case "--no-ui" -> ui = false;
			case "--ui-messages" -> uiMessages = number(words, ++i, word, 1, 10_000_000);
			case "--soak" -> soakSeconds = number(words, ++i, word, 0, 86_400);
			case "--bridge" -> bridgeMessages = number(words, ++i, word, 0, 10_000_000);
			default -> throw new UsageException(word.startsWith("-") ? "Unknown option \"" + word + "\"."
					: "Unexpected argument \"" + word + "\".");
			}
		}
		if (fanout == null) {
			fanout = Math.min(DEFAULT_FANOUT, clients - 1);
		} else if (fanout > clients - 1) {
			throw new UsageException("--fanout " + fanout + " needs at least " + (fanout + 1L)
					+ " clients (one publishes), but --clients is " + clients + ".");
		}
		return new BenchmarkOptions(clients, messages, rounds, fanout, results, peer, projects, ui, uiMessages, soakSeconds,
				bridgeMessages);
	}

	private static Path file(List<String> words, int index, String option) throws UsageException {
		if (index >= words.size() || words.get(index).isBlank()) {
			throw new UsageException("The option " + option + " needs a file name.");
		}
		try {
			Path path = Path.of(words.get(index));
			if (Files.isDirectory(path)) {
				throw new UsageException(option + " needs a file name, but \"" + words.get(index) + "\" is a folder.");
			}
			// Found out now rather than after a run of minutes; a folder that does not exist yet is created then.
			Path folder = path.toAbsolutePath().getParent();
			if (folder != null && Files.isDirectory(folder) && !Files.isWritable(folder)) {
				throw new UsageException(option + ": the folder " + folder + " is not writable.");
			}
			return path;
		} catch (InvalidPathException e) {
			throw new UsageException(option + " needs a file name, not \"" + words.get(index) + "\": " + e.getReason());
		}
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
