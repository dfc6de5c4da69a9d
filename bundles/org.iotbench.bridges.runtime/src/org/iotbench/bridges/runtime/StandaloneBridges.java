package org.iotbench.bridges.runtime;

import org.iotbench.bridges.runtime.internal.BridgeManager;
import org.iotbench.broker.BrokerService;

/**
 * Bridges of their own, outside the workbench's services, for a broker of their own (a tool such as the benchmark):
 * the same as the workbench's, reading the given file. Close them when done.
 */
public interface StandaloneBridges extends BridgeService, AutoCloseable {

	static StandaloneBridges create(BrokerService broker, BridgeFile file) {
		return new BridgeManager(broker, file);
	}

	/** Stops every bridge; their queues stay on disk. */
	@Override
	void close();
}
