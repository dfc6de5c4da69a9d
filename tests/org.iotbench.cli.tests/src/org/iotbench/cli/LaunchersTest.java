package org.iotbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iotbench.tests.support.RequiredTool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The launch scripts the products carry (the Eclipse native launcher is not on Maven Central): the shell script of
 * Linux and macOS and the batch file of Windows. Windows and macOS are not at hand here, so this checks what can be
 * checked on Linux: that each script is well-formed, finds a Java 21+ in the same places, and knows every command.
 */
class LaunchersTest {

	private static final Pattern LABEL = Pattern.compile("^:(\\w+)\\s*$", Pattern.MULTILINE);
	/** {@code goto label}, {@code goto :label} or {@code call :label} (a {@code call} without colon runs a program). */
	private static final Pattern JUMP = Pattern.compile("(?i)\\b(?:goto\\s+:?|call\\s+:)(\\w+)");

	private static Path unix;
	private static Path windows;
	/** The scripts of the source tree: {@code ./iotbench}, {@code .ci/run}, the product and IDE-install tests. */
	private static List<Path> sourceScripts;

	@BeforeAll
	static void findScripts() {
		Path folder = Path.of(System.getProperty("user.dir")).toAbsolutePath();
		while (folder != null && !Files.isDirectory(folder.resolve("features/org.iotbench.rcp.feature/rootfiles"))) {
			folder = folder.getParent();
		}
		assertTrue(folder != null, "the source tree around " + System.getProperty("user.dir"));
		Path rootFiles = folder.resolve("features/org.iotbench.rcp.feature/rootfiles");
		unix = rootFiles.resolve("unix/iotbench");
		sourceScripts = List.of(folder.resolve("iotbench"), folder.resolve(".ci/run"),
				folder.resolve("releng/org.iotbench.product/product-test.sh"),
				folder.resolve("releng/org.iotbench.ide.tests/ide-test.sh"));
		windows = rootFiles.resolve("win32/iotbench.cmd");
	}

	@Test
	void shellScriptParses() throws Exception {
		Run run = run("sh", "-n", unix.toString());
		assertEquals(0, run.code(), "sh -n " + unix + ":\n" + run.output());
	}

	@Test
	void shellScriptsPassShellcheck() throws Exception {
		RequiredTool.assume(RequiredTool.find("shellcheck").isPresent(), "shellcheck (Debian package shellcheck)");
		List<String> command = new ArrayList<>(List.of("shellcheck", "--shell=sh", "--severity=warning", unix.toString()));
		sourceScripts.forEach(script -> command.add(script.toString()));
		Run run = run(command.toArray(String[]::new));
		assertEquals(0, run.code(), String.join(" ", command) + ":\n" + run.output());
	}

	@Test
	void shellScriptPrefersTheProductsOwnJavaAndTellsWhatToInstall() throws IOException {
		String script = Files.readString(unix, StandardCharsets.UTF_8);
		assertTrue(script.contains("for candidate in \"$home/jre/bin/java\" \"${JAVA_HOME:+$JAVA_HOME/bin/java}\""),
				"the product's runtime first, then JAVA_HOME");
		assertTrue(script.contains("/Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java"), "macOS JDKs");
		assertTrue(script.contains("/usr/lib/jvm/*/bin/java"), "Linux JDKs");
		assertTrue(script.contains("Java 21 or newer is required"), "says what is missing");
	}

	@Test
	void batchFileHasWindowsLineEndings() throws IOException {
		byte[] bytes = Files.readAllBytes(windows);
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				// cmd.exe can miss a label in a file with bare LF line ends (its goto reads in 512-byte blocks)
				assertTrue(i > 0 && bytes[i - 1] == '\r', "a bare LF at byte " + i + " of " + windows);
			}
		}
	}

	@Test
	void batchFileJumpsOnlyToLabelsItHas() throws IOException {
		String script = Files.readString(windows, StandardCharsets.US_ASCII);
		Set<String> labels = new LinkedHashSet<>();
		Matcher label = LABEL.matcher(script.replace("\r", ""));
		while (label.find()) {
			labels.add(label.group(1).toLowerCase(Locale.ROOT));
		}
		List<String> missing = new ArrayList<>();
		for (String line : lines(script)) {
			if (line.strip().toLowerCase(Locale.ROOT).startsWith("rem ")) {
				continue;
			}
			Matcher jump = JUMP.matcher(line);
			while (jump.find()) {
				String target = jump.group(1).toLowerCase(Locale.ROOT);
				if (!target.equals("eof") && !labels.contains(target)) {
					missing.add(line.strip());
				}
			}
		}
		assertTrue(missing.isEmpty(), "jumps to missing labels: " + missing + " (labels: " + labels + ')');
	}

	@Test
	void batchFileBracketsBalance() throws IOException {
		int depth = 0;
		int number = 0;
		for (String line : lines(Files.readString(windows, StandardCharsets.US_ASCII))) {
			number++;
			if (line.strip().toLowerCase(Locale.ROOT).startsWith("rem ")) {
				continue;
			}
			boolean quoted = false;
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				if (c == '^') {
					i++; // an escaped character
				} else if (c == '"') {
					quoted = !quoted;
				} else if (!quoted && c == '(') {
					depth++;
				} else if (!quoted && c == ')') {
					depth--;
					assertTrue(depth >= 0, "a ')' without its '(' on line " + number + ": " + line);
				}
			}
			assertFalse(quoted, "an unclosed quote on line " + number + ": " + line);
		}
		assertEquals(0, depth, "unclosed '(' in " + windows);
	}

	@Test
	void batchFileFindsJavaWhereTheShellScriptDoesAndKnowsEveryCommand() throws IOException {
		String script = Files.readString(windows, StandardCharsets.US_ASCII);
		assertTrue(script.indexOf("call :try_java \"%HOME_DIR%jre\\bin\\java.exe\"") < script
				.indexOf("call :try_java \"%JAVA_HOME%\\bin\\java.exe\""), "the product's runtime before JAVA_HOME");
		assertTrue(script.contains("where java.exe"), "the PATH");
		assertTrue(script.contains("%ProgramFiles%\\Eclipse Adoptium\\*"), "the usual install folders");
		assertTrue(script.contains("if %SPEC% GEQ 21"), "the version is checked, not only that a java runs");
		assertTrue(script.contains("https://adoptium.net/"), "says where to get one");
		assertFalse(script.contains("%JAVA%w"), "javaw is derived from java.exe, not by appending a w");
		for (String command : List.of("broker", "clients", "bridges", "help", "--help", "-h", "bench")) {
			assertTrue(script.contains("if \"!COMMAND!\"==\"" + command + "\" goto"), "routes " + command);
		}
	}

	private static List<String> lines(String script) {
		return List.of(script.replace("\r", "").split("\n"));
	}

	private record Run(int code, String output) {
	}

	private static Run run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not end");
		return new Run(process.exitValue(), output);
	}
}
