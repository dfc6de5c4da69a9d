package org.iotbench.tests.support;

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
