package org.iotbench.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;

/** The subscriber of a throughput load: counts what arrives on one topic and remembers when the last one came. */
final class Subscription implements MqttCallback, AutoCloseable {

	private static final long POLL_MS = 20;

	private final AtomicLong received = new AtomicLong();
	private volatile long lastArrival;
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
		lastArrival = System.nanoTime();
		received.incrementAndGet();
	}

	@Override
	public void connectionLost(Throwable cause) {
		lost = cause;
	}

	@Override
	public void deliveryComplete(IMqttDeliveryToken token) {
		// the subscriber publishes nothing
	}

	long received() {
		return received.get();
	}

	/** {@link System#nanoTime()} of the last arrival, or {@code otherwise} before the first. */
	long lastArrival(long otherwise) {
		return received.get() == 0 ? otherwise : lastArrival;
	}

	/** Why the subscriber lost its connection, or {@code null}. */
	Throwable connectionLost() {
		return lost;
	}

	/**
	 * Waits for stragglers: until {@code expected} messages arrived, or nothing arrived for {@code idle} while the
	 * publisher had nothing left to send, or {@code limit} passed.
	 */
	void awaitStragglers(long expected, Duration limit, Duration idle, BooleanSupplier publisherDrained)
			throws InterruptedException {
		long start = System.nanoTime();
		long deadline = start + limit.toNanos();
		while (received.get() < expected && lost == null && System.nanoTime() - deadline < 0) {
			long quietSince = Math.max(start, lastArrival(start));
			if (System.nanoTime() - quietSince > idle.toNanos() && publisherDrained.getAsBoolean()) {
				return;
			}
			TimeUnit.MILLISECONDS.sleep(POLL_MS);
		}
	}

	@Override
	public void close() {
		if (client != null) {
			ClientFactory.release(client);
		}
	}
}
