package org.iotbench.bench;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.ScheduledExecutorPingSender;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Paho MQTT 3.1.1 clients of the fleet: in memory, user name = client ID, clean session, no automatic reconnect. The
 * keep-alive pings of all clients share one thread (Paho's default is a timer thread per client).
 */
final class ClientFactory implements AutoCloseable {

	/** Seconds Paho waits for the CONNACK. */
	static final int CONNECT_TIMEOUT_S = 10;
	/** Milliseconds a caller waits for any single token (connect, subscribe, disconnect). */
	static final long TOKEN_TIMEOUT_MS = 15_000;

	/** QoS 1 and 2 messages a client may have sent without acknowledgement; Paho refuses to publish more. */
	static final int MAX_INFLIGHT = 1_000;

	private static final int KEEP_ALIVE_S = 60;
	private static final long DISCONNECT_TIMEOUT_MS = 2_000;

	private final Fleet fleet;
	private final ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "iotbench bench: MQTT pings");
		thread.setDaemon(true);
		return thread;
	});

	ClientFactory(Fleet fleet) {
		this.fleet = fleet;
	}

	/** The clients this factory connects. */
	Fleet fleet() {
		return fleet;
	}

	private MqttAsyncClient create(Endpoint endpoint, int index) throws MqttException {
		return new MqttAsyncClient(endpoint.serverUri(), fleet.id(index), new MemoryPersistence(),
				new ScheduledExecutorPingSender(pings), null);
	}

	private MqttConnectOptions options(int index) {
		MqttConnectOptions options = new MqttConnectOptions();
		options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
		options.setCleanSession(true);
		options.setAutomaticReconnect(false);
		options.setUserName(fleet.id(index));
		options.setPassword(fleet.password(index).toCharArray());
		options.setConnectionTimeout(CONNECT_TIMEOUT_S);
		options.setKeepAliveInterval(KEEP_ALIVE_S);
		options.setMaxInflight(MAX_INFLIGHT);
		return options;
	}

	/** A connected client of the fleet; on failure nothing stays open. */
	MqttAsyncClient connect(Endpoint endpoint, int index, MqttCallback callback) throws MqttException {
		MqttAsyncClient client = create(endpoint, index);
		try {
			if (callback != null) {
				client.setCallback(callback);
			}
			client.connect(options(index)).waitForCompletion(TOKEN_TIMEOUT_MS);
			return client;
		} catch (MqttException | RuntimeException e) {
			release(client);
			throw e;
		}
	}

	/** Disconnects (bounded) and frees the client for good. */
	static void release(MqttAsyncClient client) {
		try {
			if (client.isConnected()) {
				client.disconnect(0).waitForCompletion(DISCONNECT_TIMEOUT_MS);
			}
		} catch (MqttException e) {
			try {
				client.disconnectForcibly(0, DISCONNECT_TIMEOUT_MS);
			} catch (MqttException again) {
				// the connection is gone either way
			}
		}
		try {
			client.close(true);
		} catch (MqttException e) {
			// nothing left to free
		}
	}

	@Override
	public void close() {
		pings.shutdownNow();
	}
}
