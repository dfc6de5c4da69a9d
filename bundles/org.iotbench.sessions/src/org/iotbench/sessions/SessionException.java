package org.iotbench.sessions;

/** A session operation that was refused (invalid topic, not connected); the message says why in words. */
public final class SessionException extends Exception {

	private static final long serialVersionUID = 1L;

	public SessionException(String message) {
		super(message);
	}

	public SessionException(String message, Throwable cause) {
		super(message, cause);
	}
}
