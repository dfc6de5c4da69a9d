package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.iotbench.broker.BrokerPreferences;
import org.iotbench.ui.internal.Services;

/** The workbench's broker, running on a free loopback port for the UI tests that need it. */
final class LocalBroker {

	private LocalBroker() {
	}

	static void ensureRunning() throws Exception {
		if (!Services.broker().status().running()) {
			try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
				InstanceScope.INSTANCE.getNode(BrokerPreferences.NODE).putInt(BrokerPreferences.PORT,
						socket.getLocalPort());
			}
			InstanceScope.INSTANCE.getNode(BrokerPreferences.NODE).put(BrokerPreferences.BIND_ADDRESS, "127.0.0.1");
			assertTrue(Services.broker().start(BrokerPreferences.load()).running());
		}
	}
}
