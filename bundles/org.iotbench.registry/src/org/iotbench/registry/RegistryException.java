package org.iotbench.registry;

/** A change to the registry that was refused or could not be saved; the message says why in words. */
public final class RegistryException extends Exception {

	private static final long serialVersionUID = 1L;

	public RegistryException(String message) {
		super(message);
	}

	public RegistryException(String message, Throwable cause) {
		super(message, cause);
	}
}
