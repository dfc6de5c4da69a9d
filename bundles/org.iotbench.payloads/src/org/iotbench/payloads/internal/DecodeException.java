package org.iotbench.payloads.internal;

/** A payload that is not in the format it was read as; the message says why, in words for the user. */
public final class DecodeException extends Exception {

	private static final long serialVersionUID = 1L;

	public DecodeException(String message) {
		super(message);
	}
}
