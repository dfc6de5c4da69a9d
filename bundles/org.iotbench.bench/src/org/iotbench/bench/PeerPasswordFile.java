package org.iotbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * mosquitto's {@code password_file} for the fleet, made with {@code mosquitto_passwd}: a plain {@code user:password}
 * file converted in one run of {@code mosquitto_passwd -U}, or, if that does not work with the installed version, one
 * {@code mosquitto_passwd -b} run per client.
 */
final class PeerPasswordFile {

	private static final Duration CONVERT_TIMEOUT = Duration.ofSeconds(60);
	private static final Duration ADD_TIMEOUT = Duration.ofSeconds(10);

	private PeerPasswordFile() {
	}

	/**
	 * Writes the file.
	 *
	 * @param tool the {@code mosquitto_passwd} executable
	 * @return how it was made, for a note
	 * @throws IOException when neither way produced a file with a hash for every client
	 */
	static String write(Path tool, Path file, Fleet fleet) throws IOException, InterruptedException {
		List<String> lines = new ArrayList<>(fleet.size());
		for (int i = 0; i < fleet.size(); i++) {
			lines.add(fleet.id(i) + ':' + fleet.password(i));
		}
		writeOwnerOnly(file, lines);
		ExternalTool.Outcome converted = ExternalTool.run(CONVERT_TIMEOUT,
				List.of(tool.toString(), "-U", file.toString()));
		if (converted.succeeded() && hashedForAll(file, fleet)) {
			return "mosquitto_passwd -U";
		}
		Files.deleteIfExists(file);
		for (int i = 0; i < fleet.size(); i++) {
			List<String> command = new ArrayList<>(List.of(tool.toString()));
			if (i == 0) {
				command.add("-c");
			}
			command.addAll(List.of("-b", file.toString(), fleet.id(i), fleet.password(i)));
			ExternalTool.Outcome added = ExternalTool.run(ADD_TIMEOUT, command);
			if (!added.succeeded()) {
				throw new IOException("mosquitto_passwd -b failed (" + added.exitCode() + "): " + added.output().strip()
						+ "; mosquitto_passwd -U before it: " + converted.output().strip());
			}
		}
		if (!hashedForAll(file, fleet)) {
			throw new IOException("mosquitto_passwd did not write a hash for every client into " + file);
		}
		return "mosquitto_passwd -b, once per client";
	}

	private static void writeOwnerOnly(Path file, List<String> lines) throws IOException {
		Files.deleteIfExists(file);
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		} catch (UnsupportedOperationException e) {
			Files.createFile(file);
		}
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

	/** Whether every client has a line {@code id:$<algorithm>$...} (a hash, not the plain password). */
	private static boolean hashedForAll(Path file, Fleet fleet) throws IOException {
		Map<String, String> secrets = new HashMap<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			int colon = line.indexOf(':');
			if (colon > 0) {
				secrets.put(line.substring(0, colon), line.substring(colon + 1));
			}
		}
		for (int i = 0; i < fleet.size(); i++) {
			String secret = secrets.get(fleet.id(i));
			if (secret == null || !secret.startsWith("$") || secret.equals(fleet.password(i))) {
				return false;
			}
		}
		return true;
	}
}
