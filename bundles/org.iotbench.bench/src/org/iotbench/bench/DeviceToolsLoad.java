package org.iotbench.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * 1 → 1 with mosquitto's own command-line clients as the two devices: {@code mosquitto_pub -l} publishes one message
 * per line of a file as fast as the broker takes them, {@code mosquitto_sub -C} receives them. They are small C
 * programs in processes of their own, as real devices are; the Paho clients of the other loads run in the benchmark's
 * JVM, which also hosts our broker, and take a large share of the machine's CPU. The load also tells the CPU time the
 * broker's process used per message (for ours, the benchmark's JVM, whose other clients are idle by then). The
 * subscriber writes what it gets line by line ({@code stdbuf -oL}), the same for both brokers.
 */
final class DeviceToolsLoad {

	/**
	 * What a run achieved.
	 *
	 * @param received            messages the subscriber printed
	 * @param perSecond           received per second, from the publisher's start to the subscriber's end
	 * @param cpuMicrosPerMessage the broker process's CPU time per received message, or NaN when not known
	 * @param problem             why it ended early, or {@code null}
	 */
	record Result(long sent, long received, double perSecond, double cpuMicrosPerMessage, String problem) {

		long lost() {
			return Math.max(0, sent - received);
		}
	}

	private static final Duration SUBSCRIBED_LIMIT = Duration.ofSeconds(10);
	private static final Duration RUN_LIMIT = Duration.ofSeconds(120);
	private static final long POLL_MS = 10;
	private static final String READY = "iotbench-ready";

	private final Path publisher;
	private final Path subscriber;
	private final Path lineBuffered;
	private final Fleet fleet;
	private final Endpoint endpoint;
	private final Path folder;
	private final BooleanSupplier cancelled;

	private DeviceToolsLoad(Path publisher, Path subscriber, Path lineBuffered, Fleet fleet, Endpoint endpoint, Path folder,
			BooleanSupplier cancelled) {
		this.publisher = publisher;
		this.subscriber = subscriber;
		this.lineBuffered = lineBuffered;
		this.fleet = fleet;
		this.endpoint = endpoint;
		this.folder = folder;
		this.cancelled = cancelled;
	}

	/**
	 * The load, when {@code mosquitto_pub} and {@code mosquitto_sub} are installed (Debian: mosquitto-clients), and
	 * {@code stdbuf} (coreutils).
	 */
	static Optional<DeviceToolsLoad> locate(Fleet fleet, Endpoint endpoint, Path folder, BooleanSupplier cancelled) {
		Optional<Path> pub = ExternalTool.locate("mosquitto_pub", "/usr/bin");
		Optional<Path> sub = ExternalTool.locate("mosquitto_sub", "/usr/bin");
		Optional<Path> stdbuf = ExternalTool.locate("stdbuf", "/usr/bin");
		if (pub.isEmpty() || sub.isEmpty() || stdbuf.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new DeviceToolsLoad(pub.get(), sub.get(), stdbuf.get(), fleet, endpoint, folder, cancelled));
	}

	/** Publishes {@code messages} of {@link ThroughputLoad#PAYLOAD_BYTES} bytes at the QoS on the topic. */
	Result run(String topic, int qos, int messages) throws IOException, InterruptedException {
		Files.createDirectories(folder);
		Path lines = folder.resolve("payloads.txt");
		writeLines(lines, messages);
		Path received = folder.resolve("received.txt");
		Path published = folder.resolve("published.txt");
		// The subscriber is ready once it has printed the retained message of a topic beside the load's own: its
		// output is a file, so it must write line by line (stdbuf) for that to show.
		String ready = topic + "/ready";
		ExternalTool.Outcome retained = ExternalTool.run(SUBSCRIBED_LIMIT,
				command(publisher, 0, ready, 1, "-r", "-m", READY));
		if (!retained.succeeded()) {
			return new Result(messages, 0, 0, Double.NaN, "mosquitto_pub could not publish: " + retained.output().strip());
		}
		List<String> subscribe = new ArrayList<>(List.of(lineBuffered.toString(), "-oL"));
		subscribe.addAll(command(subscriber, 1, topic, qos, "-t", ready, "-C", Integer.toString(messages + 1)));
		Process sub = new ProcessBuilder(subscribe).redirectErrorStream(true).redirectOutput(received.toFile()).start();
		Process pub = null;
		try {
			sub.getOutputStream().close();
			if (!awaitSubscribed(sub, received)) {
				return new Result(messages, 0, 0, Double.NaN,
						"mosquitto_sub was not subscribed within " + SUBSCRIBED_LIMIT.toSeconds() + " s: " + tail(received));
			}
			Optional<Duration> cpuBefore = endpoint.cpuTime();
			long start = System.nanoTime();
			pub = new ProcessBuilder(command(publisher, 0, topic, qos, "-l")).redirectInput(lines.toFile())
					.redirectErrorStream(true).redirectOutput(published.toFile()).start();
			String problem = null;
			long deadline = start + RUN_LIMIT.toNanos();
			while (sub.isAlive() && System.nanoTime() < deadline && !cancelled.getAsBoolean()) {
				sub.waitFor(POLL_MS, TimeUnit.MILLISECONDS);
			}
			long end = System.nanoTime();
			Optional<Duration> cpuAfter = endpoint.cpuTime();
			if (sub.isAlive()) {
				problem = "the subscriber did not get every message within " + RUN_LIMIT.toSeconds() + " s";
			}
			if (pub.waitFor(SUBSCRIBED_LIMIT.toMillis(), TimeUnit.MILLISECONDS) && pub.exitValue() != 0) {
				problem = "mosquitto_pub ended with code " + pub.exitValue() + ": " + tail(published);
			}
			sub.destroy();
			sub.waitFor(SUBSCRIBED_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
			long count = payloads(received);
			double seconds = (end - start) / 1e9;
			double cpu = cpuBefore.isPresent() && cpuAfter.isPresent() && count > 0
					? cpuAfter.get().minus(cpuBefore.get()).toNanos() / 1e3 / count
					: Double.NaN;
			return new Result(messages, count, count / seconds, cpu, problem);
		} finally {
			sub.destroyForcibly();
			if (pub != null) {
				pub.destroyForcibly();
			}
			ExternalTool.run(SUBSCRIBED_LIMIT, command(publisher, 0, ready, 1, "-r", "-n"));
		}
	}

	/** The command of one of the two devices: client {@code index} of the fleet, with its password. */
	private List<String> command(Path tool, int index, String topic, int qos, String... more) {
		List<String> command = new ArrayList<>(List.of(tool.toString(), "-h", LoopbackPorts.HOST, "-p",
				Integer.toString(endpoint.port()), "-i", fleet.id(index), "-u", fleet.id(index), "-P",
				fleet.password(index), "-t", topic, "-q", Integer.toString(qos)));
		command.addAll(List.of(more));
		return command;
	}

	private boolean awaitSubscribed(Process sub, Path output) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + SUBSCRIBED_LIMIT.toNanos();
		while (System.nanoTime() < deadline && sub.isAlive() && !cancelled.getAsBoolean()) {
			if (Files.readString(output, StandardCharsets.ISO_8859_1).contains(READY)) {
				return true;
			}
			Thread.sleep(POLL_MS);
		}
		return false;
	}

	private static void writeLines(Path file, int messages) throws IOException {
		String format = "%0" + ThroughputLoad.PAYLOAD_BYTES + "d\n";
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
			for (int i = 0; i < messages; i++) {
				writer.write(String.format(Locale.ROOT, format, i));
			}
		}
	}

	/** The payload lines the subscriber printed (its debug lines start with "Client "). */
	private static long payloads(Path output) throws IOException {
		try (Stream<String> lines = Files.lines(output, StandardCharsets.ISO_8859_1)) {
			return lines.filter(line -> line.length() == ThroughputLoad.PAYLOAD_BYTES && !line.startsWith("Client "))
					.count();
		}
	}

	private static String tail(Path output) throws IOException {
		String text = Files.readString(output, StandardCharsets.ISO_8859_1).strip();
		return text.isEmpty() ? "(no output)" : text.substring(Math.max(0, text.length() - 300));
	}
}
