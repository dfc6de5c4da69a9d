package org.iotbench.broker.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.iotbench.tests.support.Mosquitto;

/**
 * The embedded broker, anonymous clients allowed, and Debian's mosquitto where it is installed, each on a free
 * loopback port: the conformance tests ask both the same thing.
 */
final class BrokerAndPeer implements AutoCloseable {

	final LocalBrokerFixture ours;
	/** Null when mosquitto is not installed. */
	final Mosquitto mosquitto;

	private BrokerAndPeer(LocalBrokerFixture ours, Mosquitto mosquitto) {
		this.ours = ours;
		this.mosquitto = mosquitto;
	}

	static BrokerAndPeer start(String name) throws Exception {
		Path folder = Files.createTempDirectory(name);
		LocalBrokerFixture ours = new LocalBrokerFixture(folder, true);
		Mosquitto mosquitto = Mosquitto.binary() == null ? null
				: Mosquitto.start(Files.createDirectories(folder.resolve("mosquitto")));
		return new BrokerAndPeer(ours, mosquitto);
	}

	@Override
	public void close() throws Exception {
		ours.close();
		if (mosquitto != null) {
			mosquitto.close();
		}
	}
}
