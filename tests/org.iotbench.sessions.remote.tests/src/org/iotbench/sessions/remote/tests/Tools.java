package org.iotbench.sessions.remote.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.iotbench.tests.support.RequiredTool;


/** The command-line tools the tests run: Mosquitto, mosquitto_passwd and OpenSSL, from Debian's packages. */
final class Tools {

	private static final long TOOL_SECONDS = 30;

	private Tools() {
	}

	/** The tool, or the test is skipped with a message saying which Debian package provides it. */
	static Path require(String name, String debianPackage) {
		Optional<Path> tool = RequiredTool.find(name);
		RequiredTool.assume(tool.isPresent(), name + " (Debian package " + debianPackage
				+ "; these tests start their own broker with it, and .ci/run installs it)");
		return tool.get();
	}

	/** Runs a tool to its end, at most 30 s. */
	static void run(Path folder, String... command) throws IOException, InterruptedException {
		Path output = Files.createTempFile(folder, "tool", ".log");
		Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
				.redirectOutput(output.toFile()).start();
		if (!process.waitFor(TOOL_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException(String.join(" ", command) + " did not finish within " + TOOL_SECONDS + " s");
		}
		if (process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed with exit code " + process.exitValue() + ":\n"
					+ Files.readString(output));
		}
	}
}
