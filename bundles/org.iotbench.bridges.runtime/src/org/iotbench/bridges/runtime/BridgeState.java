package org.iotbench.bridges.runtime;

/** Where a bridge stands. */
public enum BridgeState {
	/** Not running: the broker is stopped or the bridge is turned off. */
	STOPPED,
	/** Its settings cannot work; the status says why. */
	INVALID,
	/** A connection attempt is under way. */
	CONNECTING,
	/** Connected to the upstream and carrying messages. */
	CONNECTED,
	/** The last attempt failed or the connection was lost; the next attempt waits. */
	RETRYING
}
