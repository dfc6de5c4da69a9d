package org.iotbench.sessions;

/** Whether a message was received by the session or published by it. */
public enum Direction {
	IN, OUT
}
