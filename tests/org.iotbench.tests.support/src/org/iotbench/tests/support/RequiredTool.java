package org.iotbench.tests.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A test that needs a tool of the machine (Debian's mosquitto, openssl): skipped where it is missing, so that a
 * developer without it can still run the rest; but failed when the environment variable {@code CI} is set, so that a
 * CI machine that lost a package cannot turn tests into silent skips.
 */
public final class RequiredTool {

	private RequiredTool() {
	}

	/** A program of the machine: in Debian's usual folders, then on the {@code PATH}. */
	public static Optional<Path> find(String name) {
		List<String> folders = new ArrayList<>(List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String path = System.getenv("PATH"); //$NON-NLS-1$
		if (path != null) {
			folders.addAll(List.of(path.split(File.pathSeparator)));
		}
		return folders.stream().filter(folder -> !folder.isEmpty()).map(folder -> Path.of(folder, name))
				.filter(Files::isExecutable).findFirst();
	}

	/** Aborts (skips) the test, or fails it under CI, when the tool is not there. */
	public static void assume(boolean installed, String what) {
		if (installed) {
			return;
		}
		if (System.getenv("CI") != null) {
			Assertions.fail(what + " is not installed, and CI is set: the CI machine must have it (see .ci/run)"); //$NON-NLS-1$
		}
		Assumptions.abort(what + " is not installed"); //$NON-NLS-1$
	}
}
