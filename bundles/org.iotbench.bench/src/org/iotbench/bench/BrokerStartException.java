package org.iotbench.bench;

/** A broker under test did not start; the message says why. */
final class BrokerStartException extends Exception {

	private static final long serialVersionUID = 1L;

	BrokerStartException(String message) {
		super(message);
	}
}
