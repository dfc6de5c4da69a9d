package org.iotbench.devicecode.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.iotbench.tests.support.RequiredTool;

/** A generated program run as a process of its own, its output kept for the assertions' messages. */
final class DeviceProgram implements AutoCloseable {

	private final Process process;
	private final Path output;

	private DeviceProgram(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	/** Runs {@code command} in {@code folder} with {@code PYTHONPATH} set to it (for the MicroPython doubles). */
	static DeviceProgram start(Path folder, List<String> command) throws IOException {
		Path output = folder.resolve("output.txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
				.redirectOutput(output.toFile());
		builder.environment().put("PYTHONPATH", folder.toString());
		builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
		return new DeviceProgram(builder.start(), output);
	}

	/** Runs a command to its end, at most 60 s; returns what it printed, or fails saying what it printed. */
	static String run(Path folder, List<String> command) throws IOException, InterruptedException {
		try (DeviceProgram program = start(folder, command)) {
			if (!program.process.waitFor(60, TimeUnit.SECONDS)) {
				throw new AssertionError("still running after 60 s: " + command + "\n" + program.output());
			}
			if (program.process.exitValue() != 0) {
				throw new AssertionError(command + " ended with " + program.process.exitValue() + ":\n"
						+ program.output());
			}
			return program.output();
		}
	}

	/** Kills it as a pulled plug would: the broker sees the connection drop, not a DISCONNECT. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(10, TimeUnit.SECONDS);
	}

	boolean alive() {
		return process.isAlive();
	}

	String output() {
		try {
			return Files.readString(output, StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "(no output: " + e + ")";
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

	/** Debian's Python 3 with paho-mqtt, or the test is skipped saying what to install. */
	static Path python() throws IOException, InterruptedException {
		Path python = Path.of("/usr/bin/python3");
		RequiredTool.assume(Files.isExecutable(python), "python3 (Debian package python3)");
		Process probe = new ProcessBuilder(python.toString(), "-c", "import paho.mqtt.client").start();
		RequiredTool.assume(probe.waitFor() == 0, "paho-mqtt for Python (Debian package python3-paho-mqtt)");
		return python;
	}

	/** Copies the stand-ins of {@code kind} (a folder under {@code standins/} of this bundle) into {@code folder}. */
	static void copyStandIns(String kind, List<String> files, Path folder) throws IOException {
		for (String file : files) {
			URL resource = DeviceProgram.class.getResource("/standins/" + kind + '/' + file);
			if (resource == null) {
				throw new IOException("stand-in missing from the test bundle: " + kind + '/' + file);
			}
			Path target = folder.resolve(file);
			Files.createDirectories(target.getParent());
			try (InputStream in = resource.openStream()) {
				Files.copy(in, target);
			}
		}
	}

	/** The lines of {@code text} that start with {@code prefix}. */
	static List<String> lines(String text, String prefix) {
		List<String> found = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.startsWith(prefix)) {
				found.add(line);
			}
		}
		return found;
	}
}
