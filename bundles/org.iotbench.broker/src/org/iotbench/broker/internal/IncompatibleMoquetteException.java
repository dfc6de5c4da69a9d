package org.iotbench.broker.internal;

/** The Moquette found lacks an internal the broker layer relies on: the message says which version is expected. */
final class IncompatibleMoquetteException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	IncompatibleMoquetteException(String message, Throwable cause) {
		super(message, cause);
	}
}
