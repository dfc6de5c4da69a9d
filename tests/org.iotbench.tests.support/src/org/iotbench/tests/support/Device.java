package org.iotbench.tests.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

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
public final class Device implements AutoCloseable {

	/** A message as text; its QoS and retain flag are in {@link #messages}, at the same index. */
	public record Received(String topic, String payload) {
	}

	public final MqttClient client;
	public final List<Received> received = new CopyOnWriteArrayList<>();
	/** The messages as Paho gave them, with their QoS and retain flag. */
	public final List<MqttMessage> messages = new CopyOnWriteArrayList<>();
	public final CountDownLatch lost = new CountDownLatch(1);

	public Device(int port, String clientId) throws MqttException {
		this("tcp://127.0.0.1:" + port, clientId);
	}

	/** A device at a URI of any scheme Paho takes: {@code tcp}, {@code ssl}, {@code ws}, {@code wss}. */
	public Device(String serverUri, String clientId) throws MqttException {
		client = new MqttClient(serverUri, clientId, new MemoryPersistence());
		client.setTimeToWait(15_000); // a test fails rather than hangs when the broker never answers
		client.setCallback(new MqttCallback() {
			@Override
			public void messageArrived(String topic, MqttMessage message) {
				messages.add(message);
				received.add(new Received(topic, new String(message.getPayload(), StandardCharsets.UTF_8)));
			}

			@Override
			public void deliveryComplete(IMqttDeliveryToken token) {
				// publish() waits for it
			}

			@Override
			public void connectionLost(Throwable cause) {
				lost.countDown();
			}
		});
	}

	public static MqttConnectOptions options(String username, String password) {
		MqttConnectOptions options = new MqttConnectOptions();
		options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
		options.setKeepAliveInterval(0);
		options.setCleanSession(true);
		options.setConnectionTimeout(10);
		options.setAutomaticReconnect(false);
		// Paho counts a QoS 1 publish as in flight a little after publish() returns: room for tight loops
		options.setMaxInflight(1_000);
		if (username != null) {
			options.setUserName(username);
		}
		if (password != null) {
			options.setPassword(password.toCharArray());
		}
		return options;
	}

	public void connect(String username, String password) throws MqttException {
		client.connect(options(username, password));
	}

	/** Connects as the seed's device does: user name = client ID. */
	public void connect(String password) throws MqttException {
		connect(client.getClientId(), password);
	}

	/** Connects as the seed's device does: user name = client ID. */
	public void connectAsEsp32(String password) throws MqttException {
		connect(client.getClientId(), password);
	}

	/** Connects as {@link #connectAsEsp32(String)} does, with TLS sockets from {@code sockets}. */
	public void connectAsEsp32(String password, javax.net.SocketFactory sockets) throws MqttException {
		MqttConnectOptions options = options(client.getClientId(), password);
		options.setSocketFactory(sockets);
		client.connect(options);
	}

	/** Publishes at QoS 0. */
	public void publish(String topic, String payload) throws MqttException {
		publish(topic, payload, 0, false);
	}

	/** Publishes and, for QoS 1 and 2, returns once the broker acknowledged. */
	public void publish(String topic, String payload, int qos, boolean retained) throws MqttException {
		client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), qos, retained);
	}

	/** Waits until {@code count} messages arrived, at most 10 s. */
	public boolean awaitMessages(int count) throws InterruptedException {
		return Eventually.within(10, () -> received.size() >= count);
	}

	@Override
	public void close() throws MqttException {
		if (client.isConnected()) {
			client.disconnect(1000);
		}
		client.close(true);
	}
}
