package org.iotbench.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.BitSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Messages across a bridge: a device publishes numbered 64-byte QoS 1 messages to the local broker (at most
 * {@value #WINDOW} without PUBACK), an application subscribed at the upstream receives them. The rate is what the
 * application received per second, from the first publish to the last arrival; a message that came twice counts once.
 */
final class BridgeLoad {

	/**
	 * @param sent      messages the device published
	 * @param received  distinct messages the application got
	 * @param perSecond received per second
	 */
	record Result(long sent, long received, double perSecond) {
	}

	static final int WINDOW = 100;
	private static final Duration QUIET = Duration.ofSeconds(10);
	private static final int READY_SECONDS = 10;

	private BridgeLoad() {
	}

	/**
	 * @param device      the local broker's URI, the device's client ID and password ({@code null}: anonymous)
	 * @param application the upstream's URI
	 */
	static Result run(String deviceUri, String deviceId, char[] password, String applicationUri, String localTopic,
			String remoteTopic, int messages) throws MqttException, InterruptedException {
		BitSet seen = new BitSet(messages);
		AtomicLong received = new AtomicLong();
		AtomicLong lastArrival = new AtomicLong();
		MqttAsyncClient application = new MqttAsyncClient(applicationUri, "bench-bridge-app", new MemoryPersistence());
		MqttAsyncClient device = new MqttAsyncClient(deviceUri, deviceId, new MemoryPersistence());
		Semaphore window = new Semaphore(WINDOW);
		try {
			application.setCallback(new Callback() {
				@Override
				public void messageArrived(String topic, MqttMessage message) {
					int number = ByteBuffer.wrap(message.getPayload()).getInt();
					synchronized (seen) {
						if (number >= 0 && number < messages && !seen.get(number)) {
							seen.set(number);
							received.incrementAndGet();
							lastArrival.set(System.nanoTime());
						}
					}
				}
			});
			application.connect(options(null, null)).waitForCompletion(10_000);
			application.subscribe(remoteTopic, 1).waitForCompletion(10_000);
			device.setCallback(new Callback() {
				@Override
				public void deliveryComplete(IMqttDeliveryToken token) {
					window.release();
				}
			});
			device.connect(options(deviceId, password)).waitForCompletion(10_000);
			long start = System.nanoTime();
			for (int i = 0; i < messages; i++) {
				if (!window.tryAcquire(QUIET.toMillis(), TimeUnit.MILLISECONDS)) {
					break; // the local broker stopped acknowledging: what arrived is the figure
				}
				byte[] payload = new byte[ThroughputLoad.PAYLOAD_BYTES];
				ByteBuffer.wrap(payload).putInt(i);
				device.publish(localTopic, payload, 1, false);
			}
			long deadline = System.nanoTime() + QUIET.toNanos();
			long last = -1;
			while (received.get() < messages && System.nanoTime() < deadline) {
				Thread.sleep(20);
				if (received.get() != last) {
					last = received.get();
					deadline = System.nanoTime() + QUIET.toNanos();
				}
			}
			double seconds = (lastArrival.get() - start) / 1e9;
			return new Result(messages, received.get(), seconds <= 0 ? 0 : received.get() / seconds);
		} finally {
			ClientFactory.release(device);
			ClientFactory.release(application);
		}
	}

	/**
	 * Whether the bridge carries a message yet: a probe is published every 200 ms, for at most
	 * {@value #READY_SECONDS} s, until the application gets one.
	 */
	static boolean bridged(String deviceUri, String deviceId, char[] password, String applicationUri, String topic)
			throws MqttException, InterruptedException {
		java.util.concurrent.CountDownLatch arrived = new java.util.concurrent.CountDownLatch(1);
		MqttAsyncClient application = new MqttAsyncClient(applicationUri, "bench-bridge-probe", new MemoryPersistence());
		MqttAsyncClient device = new MqttAsyncClient(deviceUri, deviceId, new MemoryPersistence());
		try {
			application.setCallback(new Callback() {
				@Override
				public void messageArrived(String arrivedTopic, MqttMessage message) {
					arrived.countDown();
				}
			});
			application.connect(options(null, null)).waitForCompletion(10_000);
			application.subscribe(topic, 1).waitForCompletion(10_000);
			device.connect(options(deviceId, password)).waitForCompletion(10_000);
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_SECONDS);
			while (System.nanoTime() < deadline) {
				device.publish(topic, new byte[] { -1, -1, -1, -1 }, 0, false);
				if (arrived.await(200, TimeUnit.MILLISECONDS)) {
					return true;
				}
			}
			return false;
		} finally {
			ClientFactory.release(device);
			ClientFactory.release(application);
		}
	}

	private static MqttConnectOptions options(String user, char[] password) {
		MqttConnectOptions options = new MqttConnectOptions();
		options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
		options.setCleanSession(true);
		options.setMaxInflight(WINDOW * 2);
		options.setConnectionTimeout(10);
		if (password != null) {
			options.setUserName(user);
			options.setPassword(password);
		}
		return options;
	}

	private abstract static class Callback implements MqttCallback {
		@Override
		public void connectionLost(Throwable cause) {
			// the load ends with what arrived
		}

		@Override
		public void messageArrived(String topic, MqttMessage message) {
			// not subscribed
		}

		@Override
		public void deliveryComplete(IMqttDeliveryToken token) {
			// not publishing
		}
	}
}
