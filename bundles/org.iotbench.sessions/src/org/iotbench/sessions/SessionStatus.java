package org.iotbench.sessions;

/**
 * A session's state and, for FAILED and RECONNECTING, why, in words a user can act on ("the broker refused the user
 * name or password", "no broker answers at test.example.org:1883", "the server certificate is not trusted").
 */
public record SessionStatus(SessionState state, String reason) {

	public static final SessionStatus DISCONNECTED = new SessionStatus(SessionState.DISCONNECTED, ""); //$NON-NLS-1$
}
