package org.iotbench.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Stream;

import org.iotbench.registry.RegistryException;

/**
 * One run of {@code iotbench bench}: registers the fleet, then per round measures our broker (freshly started) and
 * mosquitto (freshly started), each followed by the project loads on the same broker (a local project inside ours, a
 * remote project on mosquitto) unless {@code --no-projects}, and ours also by the UI load (a local project's message
 * list open in a window, on this thread) unless {@code --no-ui} or there is no display, and each by its memory after
 * the loads; then prints the medians and where we stand, and writes the results file if asked. Figures and notes
 * ({@code #} lines) go to standard output, progress to standard error.
 */
final class Benchmark {

	private static final int WARM_UP_MESSAGES = 5_000;
	private static final String NO_DISPLAY = "# ui figures: no display (run under xvfb-run)";

	private final BenchmarkOptions options;
	private final PrintStream out;
	private final PrintStream progress;
	private final Figures figures = new Figures();
	private final OffsetDateTime started = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
	private final Machine machine = Machine.describe();
	/** mosquitto's version and executable, or why it is not measured: for the results file. */
	private String peerDescription = "not measured";
	private volatile boolean cancelled;

	Benchmark(BenchmarkOptions options, PrintStream out, PrintStream progress) {
		this.options = options;
		this.out = out;
		this.progress = progress;
	}

	/** Asks a running benchmark to stop soon; it prints what it has. */
	void cancel() {
		cancelled = true;
	}

	private boolean isCancelled() {
		return cancelled;
	}

	/** Runs the benchmark and returns the exit code of {@link BenchmarkApplication}. */
	int run() {
		header();
		Path folder;
		try {
			folder = Files.createTempDirectory("iotbench-bench-");
		} catch (IOException e) {
			progress.println("The benchmark could not create its temporary folder: " + e.getMessage());
			return BenchmarkApplication.BROKER_FAILED;
		}
		Thread cleaner = new Thread(() -> deleteTree(folder), "iotbench bench: delete temporary files");
		Runtime.getRuntime().addShutdownHook(cleaner);
		try {
			Fleet fleet = Fleet.generate(options.clients());
			try (ClientFactory clients = new ClientFactory(fleet);
					EmbeddedBroker ours = new EmbeddedBroker(folder.resolve("ours"));
					PeerBroker peer = peer(folder.resolve("mosquitto"), fleet)) {
				return measure(fleet, clients, ours, peer, folder);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			out.println("# interrupted");
			return BenchmarkApplication.INTERRUPTED;
		} finally {
			deleteTree(folder);
			try {
				Runtime.getRuntime().removeShutdownHook(cleaner);
			} catch (IllegalStateException e) {
				// the JVM is shutting down; the hook deletes the folder
			}
			out.flush();
		}
	}

	private int measure(Fleet fleet, ClientFactory clients, EmbeddedBroker ours, PeerBroker peer, Path folder)
			throws InterruptedException {
		progress.println("# registering " + fleet.size() + " clients with our registry (one PBKDF2 hash each)");
		try {
			Duration took = ours.register(fleet, this::isCancelled);
			out.println(String.format(Locale.ROOT, "ours registration_s %.1f", took.toNanos() / 1e9));
		} catch (RegistryException e) {
			progress.println("Our registry refused the benchmark's clients: " + e.getMessage());
			return BenchmarkApplication.BROKER_FAILED;
		}
		LoadRunner runner = new LoadRunner(fleet, clients, options, figures, out, progress, this::isCancelled,
				runId(), folder);
		PeerBroker measuredPeer = peer;
		boolean display = true;
		try {
			progress.println("# warm-up against our broker (not measured)");
			Endpoint warm = ours.start();
			runner.warmUp(warm, Math.min(options.messages(), WARM_UP_MESSAGES));
			if (options.projects() && !cancelled) {
				runner.warmUpProjects(warm, ours.service(), Math.min(options.messages(), WARM_UP_MESSAGES));
			}
			for (int round = 1; round <= options.rounds() && !cancelled; round++) {
				if (options.rounds() > 1) {
					progress.println("# round " + round + " of " + options.rounds());
				}
				ours.stop();
				long heapBefore = Heap.usedAfterGc();
				Endpoint endpoint = ours.start();
				runner.run(endpoint, round);
				runner.soak(endpoint, round, Figure.SOAK_HEAP_MB,
						() -> OptionalDouble.of((Heap.usedAfterGc() - heapBefore) / 1e6));
				if (options.projects() && !cancelled) {
					runner.localProjects(endpoint, ours.service(), round);
					runner.history(round);
				}
				if (options.ui() && display && !cancelled) {
					display = runner.ui(endpoint, ours.service(), round)
							&& runner.dashboard(endpoint, ours.service(), round);
					if (!display) {
						out.println(NO_DISPLAY);
					}
				}
				runner.brokerHeap(endpoint, round, heapBefore);
				ours.stop();
				if (measuredPeer != null && !cancelled) {
					measuredPeer = runPeer(runner, measuredPeer, round);
				}
			}
			if (options.bridgeMessages() > 0 && !cancelled) {
				new BridgeComparison(fleet, folder, out, progress).run(ours, options.bridgeMessages());
			}
		} catch (BrokerStartException e) {
			progress.println("Our broker did not start: " + e.getMessage());
			return BenchmarkApplication.BROKER_FAILED;
		} finally {
			ours.stop();
		}
		figures.print(out, EmbeddedBroker.LABEL, PeerBroker.LABEL);
		if (cancelled) {
			out.println("# cancelled: the figures are incomplete" + (options.results() == null ? ""
					: "; the results file " + options.results() + " is left as it was"));
			return BenchmarkApplication.INTERRUPTED;
		}
		String standing = new Standing(figures, EmbeddedBroker.LABEL, PeerBroker.LABEL).sentence();
		out.println("# where we stand: " + standing);
		return writeResults(standing);
	}

	/** Writes the results file, if asked; returns the exit code. */
	private int writeResults(String standing) {
		Path file = options.results();
		if (file == null) {
			return BenchmarkApplication.OK;
		}
		try {
			new ResultsFile(options, started, machine, peerDescription, figures, standing).write(file);
			out.println("# results written to " + file.toAbsolutePath());
			return BenchmarkApplication.OK;
		} catch (IOException e) {
			out.println("# results file not written: " + e.getMessage());
			progress.println("The results file " + file.toAbsolutePath() + " could not be written: " + e);
			return BenchmarkApplication.RESULTS_FAILED;
		}
	}

	/** Measures mosquitto once; returns {@code null} when it did not start, so that later rounds skip it. */
	private PeerBroker runPeer(LoadRunner runner, PeerBroker peer, int round) throws InterruptedException {
		try {
			Endpoint endpoint = peer.start();
			runner.run(endpoint, round);
			runner.soak(endpoint, round, Figure.SOAK_RSS_MB, () -> {
				OptionalLong bytes = peer.residentBytes();
				return bytes.isPresent() ? OptionalDouble.of(bytes.getAsLong() / 1e6) : OptionalDouble.empty();
			});
			if (options.projects() && !cancelled) {
				runner.remoteProjects(endpoint, round);
			}
			runner.brokerResidentSet(endpoint, round, peer.residentBytes());
			return peer;
		} catch (IOException e) {
			out.println("# mosquitto did not start, measuring ours only: " + e.getMessage());
			peerDescription += "; it did not start: " + e.getMessage();
			return null;
		} finally {
			peer.stop();
		}
	}

	private void header() {
		out.println("date " + started);
		out.println("java " + machine.java());
		out.println("os " + System.getProperty("os.name") + ' ' + System.getProperty("os.version") + ' '
				+ System.getProperty("os.arch"));
		out.println("cpu " + machine.cpu());
		out.println("nproc " + machine.processors());
		machine.memoryKb().ifPresent(kb -> out.println("memory_kb " + kb));
		out.println("clients " + options.clients());
		out.println("messages " + options.messages());
		out.println("ui_messages " + options.uiLoadMessages());
		out.println("rounds " + options.rounds());
		out.println("payload_bytes " + ThroughputLoad.PAYLOAD_BYTES);
		out.println("fanout_subscribers " + options.fanout());
		out.println("fanout_messages " + options.fanoutMessages());
		out.println("latency_messages " + LatencyLoad.MESSAGES + " at " + LatencyLoad.RATE + "/s");
		if (options.soakSeconds() > 0) {
			out.println("soak " + (options.clients() - 1) + " devices x " + SoakLoad.RATE_PER_DEVICE + "/s for "
					+ options.soakSeconds() + " s");
		}
		if (options.bridgeMessages() > 0) {
			out.println("bridge_messages " + options.bridgeMessages() + " at QoS 1, at most " + BridgeLoad.WINDOW
					+ " without PUBACK");
		}
		if (options.results() != null) {
			out.println("results " + options.results().toAbsolutePath());
		}
		if (options.fanout() == 0) {
			out.println("# --fanout 0: no fan-out figures");
		}
		if (!options.projects()) {
			out.println("# --no-projects: no project figures");
		}
		if (!options.ui()) {
			out.println("# --no-ui: no ui figures");
		}
	}

	/** mosquitto prepared for the fleet, or {@code null} (with a note saying why) when it is not measured. */
	private PeerBroker peer(Path folder, Fleet fleet) throws InterruptedException {
		if (!options.peer()) {
			out.println("peer none");
			out.println("# --no-peer: measuring ours only");
			peerDescription = "not measured (--no-peer)";
			return null;
		}
		Optional<Path> executable = PeerBroker.locate();
		if (executable.isEmpty()) {
			out.println("peer none");
			out.println("# mosquitto is not installed (no /usr/sbin/mosquitto, none on the PATH): measuring ours only");
			peerDescription = "not measured (not installed)";
			return null;
		}
		try {
			PeerBroker peer = PeerBroker.prepare(executable.get(), folder, fleet, note -> out.println("# " + note));
			String version = peer.version();
			out.println("peer mosquitto " + version + ' ' + executable.get());
			peerDescription = version + " (" + executable.get() + ')';
			return peer;
		} catch (IOException e) {
			out.println("peer none");
			out.println("# mosquitto cannot be measured: " + e.getMessage());
			peerDescription = "not measured: " + e.getMessage();
			return null;
		}
	}

	/** A few random hex digits that make this run's topics unique. */
	private static String runId() {
		byte[] bytes = new byte[4];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static void deleteTree(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> {
				try {
					Files.deleteIfExists(path);
				} catch (IOException e) {
					// a temporary folder; the system cleans it eventually
				}
			});
		} catch (IOException e) {
			// same
		}
	}
}
