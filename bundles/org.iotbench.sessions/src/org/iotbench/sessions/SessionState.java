package org.iotbench.sessions;

/** Where a project's session is. A local session is CONNECTED while the local broker runs. */
public enum SessionState {
	DISCONNECTED, CONNECTING, CONNECTED, RECONNECTING, FAILED
}
