package org.iotbench.bench;

/** The command line was not understood; the message says what is wrong. */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
