package org.iotbench.payloads.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.iotbench.tests.support.RequiredTool;

/** Debian's protoc, the reference Protobuf compiler and encoder of the tests. */
final class Protoc {

	private final Path program;

	private Protoc(Path program) {
		this.program = program;
	}

	/** protoc, or the test skipped (failed under CI) when it is not installed. */
	static Protoc find() {
		Path program = RequiredTool.find("protoc").orElse(null); //$NON-NLS-1$
		RequiredTool.assume(program != null, "protoc (Debian package protobuf-compiler)"); //$NON-NLS-1$
		return new Protoc(program);
	}

	/** A descriptor set of a .proto file, with its imports. */
	Path descriptorSet(Path proto, Path out) throws IOException, InterruptedException {
		run(proto.getParent(), null, "--include_imports", "--descriptor_set_out=" + out, //$NON-NLS-1$ //$NON-NLS-2$
				proto.getFileName().toString());
		return out;
	}

	/** A message in protoc's text format, encoded by protoc. */
	byte[] encode(Path proto, String messageType, String text) throws IOException, InterruptedException {
		return run(proto.getParent(), text.getBytes(StandardCharsets.UTF_8), "--encode=" + messageType, //$NON-NLS-1$
				proto.getFileName().toString());
	}

	private byte[] run(Path folder, byte[] input, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(program.toString());
		command.add("--proto_path=" + folder); //$NON-NLS-1$
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectError(
				ProcessBuilder.Redirect.INHERIT).start();
		try (var in = process.getOutputStream()) {
			if (input != null) {
				in.write(input);
			}
		}
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException("protoc did not finish"); //$NON-NLS-1$
		}
		assertEquals(0, process.exitValue(), () -> "protoc " + command); //$NON-NLS-1$
		return output;
	}
}
