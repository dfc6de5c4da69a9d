package org.iotbench.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * One publisher, one subscriber, 64-byte messages on a topic of their own. Flow-controlled loads keep the publisher
 * from running away (QoS 1: at most 100 messages without PUBACK; QoS 0: at most 1,000 ahead of the subscriber); the
 * burst publishes as fast as Paho queues. The rate is what the subscriber received per second, from the first publish
 * to the last arrival. {@link #flowInto} runs the QoS 0 flow into another receiver, a project.
 */
final class ThroughputLoad {

	/**
	 * What a load achieved.
	 *
	 * @param sent       messages published
	 * @param received   messages the subscriber (or project) got
	 * @param perSecond  received per second
	 * @param problem    why the publisher stopped early, or {@code null}
	 * @param writeOffs  how often a QoS 0 publisher, held back, found the receiver silent and counted what it lacked
	 *                   as lost
	 */
	record Result(long sent, long received, double perSecond, String problem, int writeOffs) {

		/** A load that could not run: everything counts as lost. */
		static Result nothing(long planned) {
			return new Result(planned, 0, 0, null, 0);
		}

		long lost() {
			return Math.max(0, sent - received);
		}

		double lostPercent() {
			return sent == 0 ? 0 : 100.0 * lost() / sent;
		}
	}

	static final int PAYLOAD_BYTES = 64;

	private static final int QOS1_WINDOW = 100;
	private static final int QOS0_LEAD = 1_000;
	private static final Duration LOAD_LIMIT = Duration.ofSeconds(120);
	private static final Duration STALL_LIMIT = Duration.ofSeconds(10);
	/** A QoS 0 subscriber that gets nothing for this long while behind: what it lacks is counted as lost. */
	static final Duration WRITE_OFF_AFTER = Duration.ofMillis(250);
	private static final Duration STRAGGLER_LIMIT = Duration.ofSeconds(10);
	private static final Duration STRAGGLER_IDLE = Duration.ofSeconds(2);
	private static final long LEAD_PAUSE_NS = 100_000;

	private final ClientFactory clients;
	private final Endpoint endpoint;
	private final BooleanSupplier cancelled;
	private final byte[] payload = new byte[PAYLOAD_BYTES];

	ThroughputLoad(ClientFactory clients, Endpoint endpoint, BooleanSupplier cancelled) {
		this.clients = clients;
		this.endpoint = endpoint;
		this.cancelled = cancelled;
		Arrays.fill(payload, (byte) 'x');
	}

	/** Flow-controlled 1 → 1 at QoS 0 or 1. */
	Result flow(String topic, int qos, int messages) throws MqttException, InterruptedException {
		return run(topic, qos, messages, true);
	}

	/** QoS 0 1 → 1, published as fast as possible. */
	Result burst(String topic, int messages) throws MqttException, InterruptedException {
		return run(topic, 0, messages, false);
	}

	/**
	 * QoS 0, flow-controlled as {@link #flow} is, from a connected publisher into a receiver other than a subscription
	 * of this load (a project that records what the broker routes). Message {@code i} (from 0) goes to
	 * {@code topics.apply(i)}.
	 */
	Result flowInto(MqttAsyncClient publisher, Arrivals arrivals, IntFunction<String> topics, int messages)
			throws InterruptedException {
		return publishAll(publisher, arrivals, topics, 0, messages, true);
	}

	private Result run(String topic, int qos, int messages, boolean paced) throws MqttException, InterruptedException {
		try (Subscription subscription = Subscription.open(clients, endpoint, topic, qos)) {
			MqttAsyncClient publisher = clients.connect(endpoint, Fleet.PUBLISHER, null);
			try {
				return publishAll(publisher, subscription, index -> topic, qos, messages, paced);
			} finally {
				ClientFactory.release(publisher);
			}
		}
	}

	private Result publishAll(MqttAsyncClient publisher, Arrivals arrivals, IntFunction<String> topics, int qos,
			int messages, boolean paced) throws InterruptedException {
		Semaphore window = new Semaphore(QOS1_WINDOW);
		IMqttActionListener acknowledged = new IMqttActionListener() {
			@Override
			public void onSuccess(IMqttToken token) {
				window.release();
			}

			@Override
			public void onFailure(IMqttToken token, Throwable failure) {
				window.release();
			}
		};
		Lead lead = new Lead(arrivals);
		long start = System.nanoTime();
		long deadline = start + LOAD_LIMIT.toNanos();
		long received0 = arrivals.received();
		long sent = 0;
		String problem = null;
		while (sent < messages && problem == null) {
			if (paced && qos > 0) {
				problem = window.tryAcquire(STALL_LIMIT.toMillis(), TimeUnit.MILLISECONDS) ? null
						: "no PUBACK for " + STALL_LIMIT.toSeconds() + " s with " + QOS1_WINDOW
								+ " messages in flight, after " + sent + " messages";
			} else if (paced) {
				problem = lead.await(sent, deadline);
			}
			if (problem == null) {
				problem = publish(publisher, topics.apply((int) sent), qos, qos > 0 ? acknowledged : null);
			}
			if (problem == null) {
				sent++;
				problem = interruption(sent, deadline, arrivals);
			}
		}
		arrivals.awaitStragglers(received0 + sent, STRAGGLER_LIMIT, STRAGGLER_IDLE,
				() -> publisher.getPendingDeliveryTokens().length == 0);
		long received = arrivals.received() - received0;
		double seconds = (arrivals.lastArrival(start) - start) / 1e9;
		return new Result(sent, received, received == 0 || seconds <= 0 ? 0 : received / seconds, problem,
				lead.writeOffs);
	}

	/** Publishes one message; returns why it failed, or {@code null}. */
	private String publish(MqttAsyncClient publisher, String topic, int qos, IMqttActionListener listener) {
		try {
			publisher.publish(topic, payload, qos, false, null, listener);
			return null;
		} catch (MqttException e) {
			return "publishing failed: " + e.getMessage() + " (" + e.getReasonCode() + ')';
		}
	}

	/** Why publishing must stop now, checked every 1,024 messages, or {@code null}. */
	private String interruption(long sent, long deadline, Arrivals arrivals) {
		if ((sent & 1023) != 0) {
			return null;
		}
		if (cancelled.getAsBoolean()) {
			return "cancelled";
		}
		String broken = arrivals.broken();
		if (broken != null) {
			return broken;
		}
		if (System.nanoTime() - deadline > 0) {
			return "not done within " + LOAD_LIMIT.toSeconds() + " s, after " + sent + " messages";
		}
		return null;
	}

	/** Keeps a QoS 0 publisher at most 1,000 messages ahead of what arrived. */
	private static final class Lead {

		private final Arrivals arrivals;
		/** What arrived before the load: the receiver may be reused (a project records several loads). */
		private final long before;
		/** Messages counted as lost: nothing arrived any more while they were due. */
		private long writtenOff;
		private int writeOffs;

		Lead(Arrivals arrivals) {
			this.arrivals = arrivals;
			this.before = arrivals.received();
		}

		private long received() {
			return arrivals.received() - before;
		}

		/** Waits until the next message may go; returns why it may not, or {@code null}. */
		String await(long sent, long deadline) {
			long waitingSince = System.nanoTime();
			while (sent - received() - writtenOff >= QOS0_LEAD) {
				long now = System.nanoTime();
				long quietSince = Math.max(waitingSince, arrivals.lastArrival(waitingSince));
				if (now - quietSince > WRITE_OFF_AFTER.toNanos()) {
					writtenOff = sent - received();
					writeOffs++;
					return null;
				}
				if (now - deadline > 0) {
					return "not done within " + LOAD_LIMIT.toSeconds() + " s, after " + sent + " messages";
				}
				String broken = arrivals.broken();
				if (broken != null) {
					return broken;
				}
				LockSupport.parkNanos(LEAD_PAUSE_NS);
			}
			return null;
		}
	}
}
