package org.iotbench.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The subscribers of a fan-out load: clients of the fleet, from {@link Fleet#SUBSCRIBER} on, each on a
 * {@link BareConnection} subscribed at QoS 0 to one topic and read by a virtual thread of its own, counting together
 * what arrives. They are bare connections, not Paho clients: a hundred Paho clients (two threads each, a hand-over per
 * message) on a 2-core machine measured the client, at a fifth of the rate the bare connections reach with mosquitto.
 */
final class Audience extends Arrivals implements AutoCloseable {

	private static final int CONNECT_TIMEOUT_MS = 10_000;

	private final List<BareConnection> connections = new ArrayList<>();
	private final List<Thread> readers = new ArrayList<>();
	private volatile boolean closing;
	private volatile String lost;

	private Audience() {
	}

	/**
	 * Connects {@code count} subscribers one after the other, subscribes each to the topic, then starts reading.
	 *
	 * @throws IOException when one cannot connect or subscribe; none stays open then
	 */
	static Audience open(Fleet fleet, Endpoint endpoint, String topic, int count) throws IOException {
		Audience audience = new Audience();
		try {
			for (int index = Fleet.SUBSCRIBER; index < Fleet.SUBSCRIBER + count; index++) {
				// No keep-alive: a subscriber only listens, and a load may outlast 1.5 keep-alive periods.
				BareConnection connection = BareConnection.open(endpoint, fleet.id(index), fleet.password(index),
						CONNECT_TIMEOUT_MS, 0);
				audience.connections.add(connection);
				connection.subscribe(topic);
			}
		} catch (IOException | RuntimeException e) {
			audience.close();
			throw e;
		}
		for (int i = 0; i < audience.connections.size(); i++) {
			BareConnection connection = audience.connections.get(i);
			audience.readers.add(Thread.ofVirtual().name("iotbench bench: fan-out subscriber " + i)
					.start(() -> audience.read(connection)));
		}
		return audience;
	}

	private void read(BareConnection connection) {
		try {
			connection.receive(this::arrived);
		} catch (IOException e) {
			if (!closing) {
				lost = "a subscriber lost its connection: " + e;
			}
		}
	}

	@Override
	String broken() {
		return lost;
	}

	/** Disconnects every subscriber and waits briefly for the readers to end. */
	@Override
	public void close() {
		closing = true;
		connections.forEach(BareConnection::close);
		for (Thread reader : readers) {
			try {
				reader.join(1_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
