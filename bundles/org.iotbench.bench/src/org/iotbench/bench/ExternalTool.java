package org.iotbench.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A program of the operating system (mosquitto and its tools): finding it, running it with a time limit. */
final class ExternalTool {

	/**
	 * How a run ended.
	 *
	 * @param exitCode the exit code; -1 when it was killed after the time limit
	 * @param output   standard output and standard error together
	 */
	record Outcome(int exitCode, String output) {

		boolean succeeded() {
			return exitCode == 0;
		}
	}

	private ExternalTool() {
	}

	/** The first executable file of that name in the given folders, then on the {@code PATH}. */
	static Optional<Path> locate(String name, String... preferredFolders) {
		String path = System.getenv("PATH");
		Stream<String> folders = Stream.concat(Stream.of(preferredFolders),
				path == null ? Stream.empty() : Stream.of(path.split(File.pathSeparator)));
		return folders.filter(folder -> !folder.isEmpty()).map(folder -> Path.of(folder, name))
				.filter(Files::isRegularFile).filter(Files::isExecutable).findFirst();
	}

	/** Runs a command and waits for it, killing it after the time limit. */
	static Outcome run(Duration timeout, List<String> command) throws IOException, InterruptedException {
		Path output = Files.createTempFile("iotbench-tool", ".out");
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
					.start();
			process.getOutputStream().close();
			boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (!ended) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
			String text = new String(Files.readAllBytes(output), StandardCharsets.UTF_8);
			return new Outcome(ended ? process.exitValue() : -1, text);
		} finally {
			Files.deleteIfExists(output);
		}
	}
}
