package org.iotbench.bridges.runtime;

/** A bridge change or read that could not be done; the message says why in words. */
public final class BridgeException extends Exception {

	private static final long serialVersionUID = 1L;

	public BridgeException(String message) {
		super(message);
	}

	public BridgeException(String message, Throwable cause) {
		super(message, cause);
	}
}
