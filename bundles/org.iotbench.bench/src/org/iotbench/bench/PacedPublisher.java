package org.iotbench.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * Publishes stamped QoS 0 messages ({@link Stamp}) at a fixed rate, on a schedule that does not drift (a late message
 * does not delay the next ones), each carrying the time just before it was handed to Paho.
 */
final class PacedPublisher {

	private static final int CHECK_EVERY = 100;

	private final long periodNanos;
	private final BooleanSupplier cancelled;

	PacedPublisher(int perSecond, BooleanSupplier cancelled) {
		this.periodNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
		this.cancelled = cancelled;
	}

	/**
	 * Publishes messages 0 to {@code total - 1}.
	 *
	 * @param arrivals the receiving side, asked every {@value #CHECK_EVERY} messages whether it is broken
	 * @return why it stopped early, or {@code null}
	 */
	String publish(MqttAsyncClient publisher, String topic, int total, Arrivals arrivals) {
		long next = System.nanoTime();
		for (int index = 0; index < total; index++) {
			long wait = next - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			byte[] payload = Stamp.payload(index);
			try {
				Stamp.sendNow(payload);
				publisher.publish(topic, payload, 0, false);
			} catch (MqttException e) {
				return "publishing failed after " + index + " messages: " + e.getMessage() + " (" + e.getReasonCode()
						+ ')';
			}
			next += periodNanos;
			if (index % CHECK_EVERY == 0) {
				if (cancelled.getAsBoolean()) {
					return "cancelled";
				}
				String broken = arrivals.broken();
				if (broken != null) {
					return broken;
				}
			}
		}
		return null;
	}
}
