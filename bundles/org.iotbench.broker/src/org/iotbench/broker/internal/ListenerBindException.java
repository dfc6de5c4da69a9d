package org.iotbench.broker.internal;

import java.net.BindException;

/** A listener's port that cannot be bound; says which port, as {@link BindException} does not. */
final class ListenerBindException extends BindException {

	private static final long serialVersionUID = 1L;
	private final int port;

	ListenerBindException(int port, BindException cause) {
		super(cause.getMessage());
		initCause(cause);
		this.port = port;
	}

	int port() {
		return port;
	}
}
