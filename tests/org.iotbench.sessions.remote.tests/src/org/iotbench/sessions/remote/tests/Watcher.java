package org.iotbench.sessions.remote.tests;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** The test's own MQTT 3.1.1 client of the test broker: it publishes to the session and watches what it sends. */
final class Watcher implements AutoCloseable {

	record Received(String topic, String payload, int qos, boolean retained) {
	}

	private final MqttClient client;
	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	Watcher(int port, String clientId) throws MqttException {
		client = new MqttClient("tcp://" + Mosquitto.HOST + ':' + port, clientId, new MemoryPersistence());
		MqttConnectOptions options = new MqttConnectOptions();
		options.setUserName(Mosquitto.USER);
		options.setPassword(Mosquitto.PASSWORD.toCharArray());
		options.setConnectionTimeout(5);
		options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
		client.setTimeToWait(5_000);
		client.connect(options);
	}

	/** Subscribes with QoS 1 and waits for the SUBACK. */
	void subscribe(String filter) throws MqttException {
		client.subscribe(filter, 1, (topic, message) -> received.add(new Received(topic,
				new String(message.getPayload(), StandardCharsets.UTF_8), message.getQos(), message.isRetained())));
	}

	void publish(String topic, String payload, int qos, boolean retained) throws MqttException {
		MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
		message.setQos(qos);
		message.setRetained(retained);
		client.publish(topic, message);
	}

	/** The next message received, or {@code null} if none arrives within the time. */
	Received next(long seconds) throws InterruptedException {
		return received.poll(seconds, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws MqttException {
		if (client.isConnected()) {
			client.disconnect(1_000);
		}
		client.close(true);
	}
}
