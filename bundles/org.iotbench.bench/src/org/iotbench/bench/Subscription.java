package org.iotbench.bench;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;

/** The subscriber of a throughput load: counts what arrives on one topic and remembers when the last one came. */
final class Subscription extends Arrivals implements MqttCallback, AutoCloseable {

	private volatile Throwable lost;
	private MqttAsyncClient client;

	private Subscription() {
	}

	/** Connects the fleet's subscriber and subscribes to the topic. */
	static Subscription open(ClientFactory clients, Endpoint endpoint, String topic, int qos) throws MqttException {
		Subscription subscription = new Subscription();
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
