package org.iotbench.broker;

/** Where the local broker is in its life. */
public enum BrokerState {
	STOPPED, STARTING, RUNNING, FAILED
}
