package org.iotbench.tests.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's mosquitto on a free loopback port, anonymous clients allowed: the peer the protocol tests compare the
 * embedded broker with, and the remote broker of a remote project.
 */
public final class Mosquitto implements AutoCloseable {

	public final int port;
	private final Process process;

	private Mosquitto(int port, Process process) {
		this.port = port;
		this.process = process;
	}

	/** The mosquitto program, or null when the Debian package is not installed. */
	public static Path binary() {
		for (String candidate : new String[] { "/usr/sbin/mosquitto", "/usr/bin/mosquitto" }) {
			if (Files.isExecutable(Path.of(candidate))) {
				return Path.of(candidate);
			}
		}
		return null;
	}

	/** Skips the test where mosquitto is missing (fails it under CI: see {@link RequiredTool}). */
	public static void assumeInstalled() {
		RequiredTool.assume(binary() != null, "mosquitto (Debian package mosquitto)");
	}

	public static Mosquitto start(Path folder) throws IOException, InterruptedException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		return start(folder, port, false);
	}

	/**
	 * Starts mosquitto on a given port; with {@code persistence}, it keeps persistent sessions and their queued
	 * messages in {@code folder} when stopped with {@link #close()} (SIGTERM), as a restarted production broker does.
	 */
	public static Mosquitto start(Path folder, int port, boolean persistence) throws IOException, InterruptedException {
		Path config = folder.resolve("mosquitto.conf");
		String user = "root".equals(System.getProperty("user.name")) ? "user root\n" : "";
		String keep = persistence ? "persistence true\npersistence_location " + folder.toAbsolutePath() + "/\n"
				: "persistence false\n";
		Files.writeString(config, user + "listener " + port + " 127.0.0.1\nallow_anonymous true\n" + keep);
		Process process = new ProcessBuilder(binary().toString(), "-c", config.toString())
				.redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("mosquitto.log").toFile())).redirectErrorStream(true).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			try (Socket probe = new Socket("127.0.0.1", port)) {
				return new Mosquitto(port, process);
			} catch (IOException notYet) {
				Thread.sleep(50);
			}
		}
		process.destroyForcibly();
		throw new IOException("mosquitto did not start: " + Files.readString(folder.resolve("mosquitto.log")));
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(5, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}
}
