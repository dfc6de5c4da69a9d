package org.iotbench.sessions.tests;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * A real Paho MQTT 3.1.1 client that connects like the seed's MicroPython ESP32: its client ID, the same ID as user
 * name, its password, keep-alive 0, clean session.
 */
final class Device implements AutoCloseable {

	record Received(String topic, String payload, int qos, boolean retained) {
	}

	final MqttClient client;
	final List<Received> received = new CopyOnWriteArrayList<>();

	Device(int port, String clientId) throws MqttException {
		client = new MqttClient("tcp://127.0.0.1:" + port, clientId, new MemoryPersistence());
		client.setCallback(new MqttCallback() {
			@Override
			public void messageArrived(String topic, MqttMessage message) {
				received.add(new Received(topic, new String(message.getPayload(), StandardCharsets.UTF_8),
						message.getQos(), message.isRetained()));
			}

			@Override
			public void deliveryComplete(IMqttDeliveryToken token) {
			}

			@Override
			public void connectionLost(Throwable cause) {
			}
		});
	}

	void connect(String password) throws MqttException {
		MqttConnectOptions options = new MqttConnectOptions();
		options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
		options.setKeepAliveInterval(0);
		options.setCleanSession(true);
		options.setConnectionTimeout(10);
		options.setAutomaticReconnect(false);
		options.setUserName(client.getClientId());
		options.setPassword(password.toCharArray());
		client.connect(options);
	}

	/** Publishes and, for QoS 1 and 2, returns once the broker acknowledged. */
	void publish(String topic, String payload, int qos, boolean retained) throws MqttException {
		client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), qos, retained);
	}

	void publish(String topic, String payload) throws MqttException {
		publish(topic, payload, 0, false);
	}

	@Override
	public void close() throws MqttException {
		if (client.isConnected()) {
			client.disconnect(1000);
		}
		client.close(true);
	}
}
