package org.iotbench.projects.core.tests;

import java.nio.charset.StandardCharsets;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/** A real Paho MQTT 3.1.1 device on the embedded broker: its client ID as user name, clean session. */
final class Device implements AutoCloseable {

	private final MqttClient client;

	Device(int port, String clientId) throws MqttException {
		client = new MqttClient("tcp://127.0.0.1:" + port, clientId, new MemoryPersistence());
	}

	void connect(String password) throws MqttException {
		MqttConnectOptions options = new MqttConnectOptions();
		options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
		options.setCleanSession(true);
		options.setConnectionTimeout(10);
		options.setAutomaticReconnect(false);
		options.setUserName(client.getClientId());
		options.setPassword(password.toCharArray());
		client.connect(options);
	}

	/** Publishes with QoS 1, so that it returns once the broker has the message. */
	void publish(String topic, String payload) throws MqttException {
		client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, false);
	}

	@Override
	public void close() throws MqttException {
		if (client.isConnected()) {
			client.disconnect(1000);
		}
		client.close(true);
	}
}
