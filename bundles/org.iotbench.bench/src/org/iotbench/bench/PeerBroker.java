package org.iotbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mosquitto as a child process: the same clients and passwords as our broker, its own port on 127.0.0.1, a generated
 * configuration in a folder of its own. The process is killed by {@link #stop()} and, should the JVM end first, by a
 * shutdown hook.
 */
final class PeerBroker implements AutoCloseable {

	static final String LABEL = "mosquitto";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
	private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(5);
	private static final long STOP_TIMEOUT_MS = 5_000;
	private static final int LOG_TAIL_LINES = 3;
	private static final Pattern VERSION = Pattern.compile("mosquitto version (\\S+)");
	private static final Pattern RESIDENT = Pattern.compile("^VmRSS:\\s+(\\d+)\\s+kB", Pattern.MULTILINE);

	private final Path executable;
	private final Path folder;
	private final Path passwordFile;
	private Process process;
	private Thread killer;

	private PeerBroker(Path executable, Path folder) {
		this.executable = executable;
		this.folder = folder;
		this.passwordFile = folder.resolve("passwords");
	}

	/** mosquitto, if it is installed: Debian's {@code /usr/sbin/mosquitto} or one on the {@code PATH}. */
	static Optional<Path> locate() {
		return ExternalTool.locate("mosquitto", "/usr/sbin");
	}

	/**
	 * Prepares a peer in a folder of its own, with a password file for the fleet.
	 *
	 * @param notes receives how the password file was made
	 * @throws IOException when {@code mosquitto_passwd} is missing or does not work
	 */
	static PeerBroker prepare(Path executable, Path folder, Fleet fleet, Consumer<String> notes)
			throws IOException, InterruptedException {
		Path parent = executable.getParent();
		String sibling = parent == null || parent.getParent() == null ? ""
				: parent.getParent().resolve("bin").toString();
		Path tool = ExternalTool.locate("mosquitto_passwd", parent == null ? "" : parent.toString(), sibling)
				.orElseThrow(() -> new IOException("mosquitto_passwd was not found beside " + executable
						+ " or on the PATH (Debian package mosquitto)"));
		Files.createDirectories(folder);
		PeerBroker peer = new PeerBroker(executable, folder);
		long start = System.nanoTime();
		String how = PeerPasswordFile.write(tool, peer.passwordFile, fleet);
		notes.accept(String.format(Locale.ROOT, "mosquitto password file for %d clients made with %s in %.1f s",
				fleet.size(), how, (System.nanoTime() - start) / 1e9));
		return peer;
	}

	/** The version mosquitto reports, or {@code unknown}. */
	String version() throws InterruptedException {
		try {
			// mosquitto -h prints its version and usage, then exits with a non-zero code
			ExternalTool.Outcome outcome = ExternalTool.run(VERSION_TIMEOUT, List.of(executable.toString(), "-h"));
			Matcher matcher = VERSION.matcher(outcome.output());
			return matcher.find() ? matcher.group(1) : "unknown";
		} catch (IOException e) {
			return "unknown";
		}
	}

	/**
	 * Starts mosquitto on a free port and waits until it accepts connections.
	 *
	 * @throws IOException with the reason (the end of its log) when it does not start
	 */
	Endpoint start() throws IOException, InterruptedException {
		stop();
		int port = LoopbackPorts.free();
		Path config = folder.resolve("mosquitto.conf");
		Files.write(config, configuration(port), StandardCharsets.UTF_8);
		Path log = folder.resolve("mosquitto.log");
		Process started = new ProcessBuilder(executable.toString(), "-c", config.toString()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		started.getOutputStream().close();
		process = started;
		killer = new Thread(() -> kill(started), "iotbench bench: stop mosquitto");
		Runtime.getRuntime().addShutdownHook(killer);
		if (!LoopbackPorts.awaitOpen(port, START_TIMEOUT, started::isAlive)) {
			String problem = started.isAlive()
					? "it did not accept connections on port " + port + " within " + START_TIMEOUT.toSeconds() + " s"
					: "it exited with code " + started.exitValue();
			stop();
			throw new IOException(problem + ": " + tail(log));
		}
		return new Endpoint(LABEL, port, started.toHandle());
	}

	/**
	 * mosquitto's resident set size in bytes ({@code VmRSS} of {@code /proc/<pid>/status}), while it runs on a system
	 * that tells.
	 */
	OptionalLong residentBytes() {
		Process running = process;
		if (running == null || !running.isAlive()) {
			return OptionalLong.empty();
		}
		try {
			String status = Files.readString(Path.of("/proc", Long.toString(running.pid()), "status"),
					StandardCharsets.UTF_8);
			Matcher matcher = RESIDENT.matcher(status);
			return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1)) * 1024) : OptionalLong.empty();
		} catch (IOException | UnsupportedOperationException e) {
			return OptionalLong.empty();
		}
	}

	private List<String> configuration(int port) {
		List<String> lines = new ArrayList<>(List.of( //
				"listener " + port + ' ' + LoopbackPorts.HOST, //
				"allow_anonymous false", //
				"password_file " + passwordFile, //
				"persistence false", //
				"max_queued_messages 100000", //
				"max_inflight_messages 20"));
		if ("root".equals(System.getProperty("user.name"))) {
			// Started by root, mosquitto would switch to the user "mosquitto", which cannot read our folder.
			lines.add("user root");
		}
		return lines;
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return lines.isEmpty() ? "(no output)"
					: String.join(" | ", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
		} catch (IOException e) {
			return "(no log: " + e.getMessage() + ')';
		}
	}

	/** Stops mosquitto, if it runs. */
	void stop() {
		if (process != null) {
			kill(process);
			process = null;
		}
		if (killer != null) {
			try {
				Runtime.getRuntime().removeShutdownHook(killer);
			} catch (IllegalStateException e) {
				// the JVM is shutting down; the hook kills the process
			}
			killer = null;
		}
	}

	private static void kill(Process target) {
		target.destroy();
		try {
			if (!target.waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS)) {
				target.destroyForcibly().waitFor(STOP_TIMEOUT_MS, TimeUnit.MILLISECONDS);
			}
		} catch (InterruptedException e) {
			target.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		stop();
	}
}
