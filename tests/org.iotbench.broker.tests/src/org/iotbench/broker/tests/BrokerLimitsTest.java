package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.iotbench.broker.ConnectionEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Moquette 0.17 does silently, made visible: large payloads (its default limit is 8,092 bytes), packets over
 * the limit, and SUBSCRIBE sent before CONNACK.
 */
class BrokerLimitsTest {

	@TempDir
	Path folder;
	private LocalBrokerFixture fixture;

	@BeforeEach
	void start() throws Exception {
		fixture = new LocalBrokerFixture(folder);
		fixture.registry.register("Camera", "camera", "pwd".toCharArray(), "");
		fixture.registry.register("Laptop", "watcher", "pwd".toCharArray(), "");
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	private java.util.Optional<ConnectionEvent> closed(String reasonPart) {
		return fixture.log().stream().filter(e -> e.kind() == ConnectionEvent.Kind.CLOSED_BY_BROKER)
				.filter(e -> e.reason().contains(reasonPart)).findFirst();
	}

	@Test
	void aPayloadOf250KilobytesIsDelivered() throws Exception {
		byte[] picture = new byte[250 * 1024];
		Arrays.fill(picture, (byte) 7);
		AtomicReference<byte[]> received = new AtomicReference<>();
		try (Device watcher = new Device(fixture.port, "watcher"); Device camera = new Device(fixture.port, "camera")) {
			watcher.connectAsEsp32("pwd");
			watcher.client.setCallback(new MqttCallback() {
				@Override
				public void messageArrived(String topic, MqttMessage message) {
					received.set(message.getPayload());
				}

				@Override
				public void deliveryComplete(IMqttDeliveryToken token) {
				}

				@Override
				public void connectionLost(Throwable cause) {
				}
			});
			watcher.client.subscribe("camera/#", 1);
			camera.connectAsEsp32("pwd");
			camera.client.publish("camera/frame", picture, 1, false);
			assertTrue(Eventually.within(10, () -> received.get() != null), "the 250 KB payload arrives");
			assertArrayEquals(picture, received.get());
		}
	}

	@Test
	void aPacketOverTheLimitIsReportedNotDroppedSilently() throws Exception {
		try (Device camera = new Device(fixture.port, "camera")) {
			camera.connectAsEsp32("pwd");
			try {
				camera.client.publish("camera/raw", new byte[300 * 1024], 0, false);
			} catch (org.eclipse.paho.client.mqttv3.MqttException e) {
				// the broker closes the connection while the packet is still being written: either outcome is fine
			}
			assertTrue(Eventually.within(10, () -> closed("larger than the broker's limit").isPresent()),
					"the connection log says why: " + fixture.log());
			ConnectionEvent event = closed("larger than the broker's limit").get();
			assertTrue(event.address().startsWith("127.0.0.1:"), event.address());
		}
	}

	@Test
	void subscribeBeforeConnackIsExplained() throws Exception {
		try (Socket socket = new Socket("127.0.0.1", fixture.port)) {
			OutputStream out = socket.getOutputStream();
			ByteArrayOutputStream both = new ByteArrayOutputStream();
			both.write(connect("watcher", "pwd"));
			both.write(subscribe("sensors/#"));
			out.write(both.toByteArray()); // one write, as paho-python's connect(); subscribe() and mosquitto_sub do
			out.flush();
			assertTrue(Eventually.within(10, () -> closed("SUBSCRIBE before the broker's CONNACK").isPresent()),
					"the connection log says why the connection was closed: " + fixture.log());
		}
	}

	private static byte[] connect(String clientId, String password) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		string(body, "MQTT");
		body.write(4); // MQTT 3.1.1
		body.write(0xC2); // user name, password, clean session
		body.write(0);
		body.write(0); // keep-alive 0
		string(body, clientId);
		string(body, clientId);
		string(body, password);
		return packet(0x10, body.toByteArray());
	}

	private static byte[] subscribe(String filter) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(0);
		body.write(1); // packet identifier 1
		string(body, filter);
		body.write(0); // QoS 0
		return packet(0x82, body.toByteArray());
	}

	private static void string(ByteArrayOutputStream out, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		out.write(bytes.length >> 8);
		out.write(bytes.length & 0xFF);
		out.writeBytes(bytes);
	}

	private static byte[] packet(int header, byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(header);
		out.write(body.length); // < 128 here
		out.writeBytes(body);
		return out.toByteArray();
	}
}
