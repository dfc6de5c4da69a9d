package org.iotbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The machine a run measures on, as Linux and the JVM tell it: what the header and the results file name.
 *
 * @param cpu        the CPU's model name ({@code /proc/cpuinfo}), or the architecture when unknown
 * @param processors processors available to the JVM
 * @param memoryKb   {@code MemTotal} of {@code /proc/meminfo} in kB, if known
 * @param os         the distribution ({@code PRETTY_NAME} of {@code /etc/os-release}) and the kernel
 * @param java       the Java version, vendor and VM
 */
record Machine(String cpu, int processors, OptionalLong memoryKb, String os, String java) {

	static Machine describe() {
		String arch = System.getProperty("os.arch");
		String kernel = System.getProperty("os.name") + ' ' + System.getProperty("os.version") + ' ' + arch;
		String distribution = field(Path.of("/etc/os-release"), "PRETTY_NAME", '=');
		String memory = field(Path.of("/proc/meminfo"), "MemTotal", ':');
		OptionalLong memoryKb = OptionalLong.empty();
		if (memory != null && memory.endsWith(" kB")) {
			try {
				memoryKb = OptionalLong.of(Long.parseLong(memory.substring(0, memory.length() - 3).strip()));
			} catch (NumberFormatException e) {
				// unknown
			}
		}
		String cpu = field(Path.of("/proc/cpuinfo"), "model name", ':');
		return new Machine(cpu == null ? arch : cpu, Runtime.getRuntime().availableProcessors(), memoryKb,
				distribution == null ? kernel : distribution + ", " + kernel,
				System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
						+ System.getProperty("java.vm.name") + ')');
	}

	/** The memory in GiB, for people. */
	String memory() {
		return memoryKb.isEmpty() ? "unknown"
				: String.format(Locale.ROOT, "%.1f GiB", memoryKb.getAsLong() / (1024.0 * 1024.0));
	}

	/**
	 * The value of the first line {@code name<separator>value} of a file (blanks around the name and the value, and
	 * quotes around the value, removed), or {@code null}.
	 */
	private static String field(Path file, String name, char separator) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException | RuntimeException e) {
			return null;
		}
		for (String line : lines) {
			int at = line.indexOf(separator);
			if (at > 0 && line.substring(0, at).strip().equals(name)) {
				String value = line.substring(at + 1).strip();
				if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
					value = value.substring(1, value.length() - 1);
				}
				return value.isEmpty() ? null : value;
			}
		}
		return null;
	}
}
