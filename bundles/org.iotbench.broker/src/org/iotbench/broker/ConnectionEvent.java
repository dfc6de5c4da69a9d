package org.iotbench.broker;

import java.time.Instant;

/**
 * One line of the connection log: who tried to connect, from where, and what the broker did.
 *
 * @param time     when
 * @param kind     what happened
 * @param clientId the client ID the device sent (may be empty)
 * @param username the user name it sent, or {@code null} if none
 * @param address  its source address {@code host:port}, or {@code "?"} when unknown
 * @param reason   why, in words (for refusals and losses)
 */
public record ConnectionEvent(Instant time, Kind kind, String clientId, String username, String address,
		String reason) {

	public enum Kind {
		CONNECTED, REFUSED, DISCONNECTED, CONNECTION_LOST, CLOSED_BY_BROKER, DENIED, DROPPED,
		/** A bridge of the broker connected to its upstream (the client ID is the bridge's name). */
		BRIDGE_CONNECTED,
		/** A bridge's connection attempt failed. */
		BRIDGE_FAILED,
		/** A bridge's connection to its upstream was lost. */
		BRIDGE_LOST
	}

	public static final String UNKNOWN_ADDRESS = "?"; //$NON-NLS-1$

	private static final java.time.format.DateTimeFormatter LOCAL_TIME = java.time.format.DateTimeFormatter
			.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(java.time.ZoneId.systemDefault()); //$NON-NLS-1$

	/** One line for a terminal or a log file. */
	public String line() {
		StringBuilder out = new StringBuilder();
		out.append(LOCAL_TIME.format(time)).append(' ').append(kind).append(' ').append(clientId.isEmpty() ? "<empty>" : clientId); //$NON-NLS-1$
		boolean bridge = kind == Kind.BRIDGE_CONNECTED || kind == Kind.BRIDGE_FAILED || kind == Kind.BRIDGE_LOST;
		out.append(bridge ? " to " : " from ").append(address); //$NON-NLS-1$ //$NON-NLS-2$
		if (username != null && !username.equals(clientId)) {
			out.append(" user ").append(username.isEmpty() ? "<empty>" : username); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (reason != null && !reason.isEmpty()) {
			out.append(": ").append(reason); //$NON-NLS-1$
		}
		return out.toString();
	}
}
