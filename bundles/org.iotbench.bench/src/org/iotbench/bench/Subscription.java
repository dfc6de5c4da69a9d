package org.iotbench.bench;

import java.util.BitSet;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;

/**
 * The subscriber of a throughput or latency load: counts what arrives on one topic and remembers when the last one
 * came. A stamped message ({@link Stamp}) counts once; one that arrives again counts as a duplicate. With
 * {@link LatencySamples}, each arrival also gives its latency: both ends run in this JVM, on the same clock.
 */
final class Subscription extends Arrivals implements MqttCallback, AutoCloseable {

	private final LatencySamples latencies;
	/** Indices of the stamped messages that arrived; used on Paho's callback thread only. */
	private final BitSet seen = new BitSet();
	private volatile Throwable lost;
	private MqttAsyncClient client;

	private Subscription(LatencySamples latencies) {
		this.latencies = latencies;
	}

	/** Connects the fleet's subscriber and subscribes to the topic. */
	static Subscription open(ClientFactory clients, Endpoint endpoint, String topic, int qos) throws MqttException {
		return open(clients, endpoint, topic, qos, null);
	}

	/**
	 * Connects the fleet's subscriber and subscribes to the topic.
	 *
	 * @param latencies where the latency of each arrival goes, or {@code null}
	 */
	static Subscription open(ClientFactory clients, Endpoint endpoint, String topic, int qos,
			LatencySamples latencies) throws MqttException {
		Subscription subscription = new Subscription(latencies);
		subscription.client = clients.connect(endpoint, Fleet.SUBSCRIBER, subscription);
		try {
			subscription.client.subscribe(topic, qos).waitForCompletion(ClientFactory.TOKEN_TIMEOUT_MS);
		} catch (MqttException e) {
			subscription.close();
			throw e;
		}
		return subscription;
	}

	@Override
	public void messageArrived(String topic, MqttMessage message) {
		long now = System.nanoTime();
		byte[] payload = message.getPayload();
		int index = Stamp.index(payload);
		if (index >= 0) {
			if (seen.get(index)) {
				duplicated();
				return;
			}
			seen.set(index);
			if (latencies != null) {
				latencies.record(index, now - Stamp.sentAt(payload));
			}
		}
		arrived();
	}

	@Override
	public void connectionLost(Throwable cause) {
		lost = cause;
	}

	@Override
	public void deliveryComplete(IMqttDeliveryToken token) {
		// the subscriber publishes nothing
	}

	@Override
	String broken() {
		Throwable cause = lost;
		return cause == null ? null : "the subscriber lost its connection: " + cause;
	}

	@Override
	public void close() {
		if (client != null) {
			ClientFactory.release(client);
		}
	}
}
