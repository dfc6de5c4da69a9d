package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.iotbench.broker.ConnectionEvent;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Moquette 0.17 does silently, made visible: large payloads (its default limit is 8,092 bytes) and packets over
 * the limit. SUBSCRIBE before CONNACK is in {@link MqttConformanceTest}.
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
}
