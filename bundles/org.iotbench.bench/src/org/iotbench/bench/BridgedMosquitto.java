package org.iotbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain mosquitto for the bridge load: anonymous clients on a free loopback port and, when given, a bridge of its
 * own to an upstream, configured as mosquitto's users write it. Stopped by {@link #close()}.
 */
final class BridgedMosquitto implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

	final int port;
	private final Process process;

	private BridgedMosquitto(int port, Process process) {
		this.port = port;
		this.process = process;
	}

	/**
	 * @param bridgeLines mosquitto's bridge settings ({@code connection ...}, {@code address ...}, {@code topic ...}),
	 *                    or none
	 */
	static BridgedMosquitto start(Path executable, Path folder, List<String> bridgeLines)
			throws IOException, InterruptedException {
		Files.createDirectories(folder);
		int port = LoopbackPorts.free();
		List<String> lines = new ArrayList<>(List.of("listener " + port + ' ' + LoopbackPorts.HOST,
				"allow_anonymous true", "persistence false", "max_queued_messages 100000"));
		if ("root".equals(System.getProperty("user.name"))) {
			lines.add("user root");
		}
		lines.addAll(bridgeLines);
		Path config = folder.resolve("mosquitto.conf");
		Files.write(config, lines, StandardCharsets.UTF_8);
		Process process = new ProcessBuilder(executable.toString(), "-c", config.toString()).redirectErrorStream(true)
				.redirectOutput(folder.resolve("mosquitto.log").toFile()).start();
		process.getOutputStream().close();
		BridgedMosquitto started = new BridgedMosquitto(port, process);
		if (!LoopbackPorts.awaitOpen(port, START_TIMEOUT, process::isAlive)) {
			started.close();
			throw new IOException("mosquitto did not start: "
					+ Files.readString(folder.resolve("mosquitto.log"), StandardCharsets.UTF_8).strip());
		}
		return started;
	}

	String serverUri() {
		return "tcp://" + LoopbackPorts.HOST + ':' + port;
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}
}
