package org.iotbench.broker;

import org.iotbench.broker.internal.MoquetteBroker;
import org.iotbench.registry.ClientRegistryService;

/**
 * A broker of its own, outside the workbench's services, that lets in the clients of the given registry: for a tool
 * such as the benchmark. It is the same broker as the workbench's, started with {@link #start(BrokerSettings)}. Close
 * it when done.
 */
public interface StandaloneBroker extends BrokerService, AutoCloseable {

	/** A stopped broker for the clients of that registry; its persistent state goes to the data folder's. */
	static StandaloneBroker create(ClientRegistryService registry) {
		return new MoquetteBroker(registry);
	}

	/** Stops the broker, if it runs. */
	@Override
	void close();
}
