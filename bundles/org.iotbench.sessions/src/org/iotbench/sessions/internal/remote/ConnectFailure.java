package org.iotbench.sessions.internal.remote;

/** Why a connection attempt failed, in words a user can act on, and whether trying again later can help. */
public final class ConnectFailure extends Exception {

	private static final long serialVersionUID = 1L;

	private final boolean retryable;

	public ConnectFailure(String reason, boolean retryable, Throwable cause) {
		super(reason, cause);
		this.retryable = retryable;
	}

	/**
	 * Whether the same attempt can succeed later without changing the settings: {@code true} for an unreachable or
	 * busy broker, {@code false} for refused credentials, a rejected client ID or an untrusted certificate.
	 */
	public boolean retryable() {
		return retryable;
	}
}
