package org.iotbench.bench;

import java.io.IOException;
import java.time.Duration;
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
 * One publisher and one subscriber ({@link Subscription}) or, fanned out, many subscribers of one topic
 * ({@link Audience}), 64-byte stamped messages ({@link Stamp}) on a topic of their own. Flow-controlled loads keep the
 * publisher from running away (QoS 1: at most {@value #QOS1_WINDOW} messages without PUBACK; QoS 0: at most
 * {@value #QOS0_LEAD} ahead of the subscribers); the bursts publish as fast as Paho takes them (QoS 1: as many without
 * PUBACK as Paho allows, {@link ClientFactory#MAX_INFLIGHT}). The rate is what the subscribers received per second
 * (deliveries, when fanned out), from the first publish to the last arrival; a message a subscriber got twice counts
 * once. {@link #flowInto} runs the QoS 0 flow into another receiver, a project.
 */
final class ThroughputLoad {

	/**
	 * What a load achieved.
	 *
	 * @param sent       messages published
	 * @param copies     deliveries due per message: the subscribers of the topic (1 but for a fan-out)
	 * @param received   deliveries the subscribers (or the project) got, each message counted once per subscriber
	 * @param duplicates deliveries that came again (the broker resent a QoS 1 message), not counted as received
	 * @param perSecond  received per second
	 * @param problem    why the publisher stopped early, or {@code null}
	 * @param writeOffs  how often a QoS 0 publisher, held back, found the receivers silent and counted what they
	 *                   lacked as lost
	 */
	record Result(long sent, int copies, long received, long duplicates, double perSecond, String problem,
			int writeOffs) {

		/** One receiver, duplicates not told apart. */
		Result(long sent, long received, double perSecond, String problem, int writeOffs) {
			this(sent, 1, received, 0, perSecond, problem, writeOffs);
		}

		/** A load that could not run: everything counts as lost. */
		static Result nothing(long planned, int copies) {
			return new Result(planned, copies, 0, 0, 0, null, 0);
		}

		/** Deliveries due. */
		long expected() {
			return sent * copies;
		}

		/** Deliveries missing. */
		long lost() {
			return Math.max(0, expected() - received);
		}

		double lostPercent() {
			return expected() == 0 ? 0 : 100.0 * lost() / expected();
		}
	}

	static final int PAYLOAD_BYTES = 64;

	private static final int QOS1_WINDOW = 100;
	private static final int QOS1_BURST_WINDOW = ClientFactory.MAX_INFLIGHT;
	private static final int QOS0_LEAD = 1_000;
	private static final Duration LOAD_LIMIT = Duration.ofSeconds(120);
	private static final Duration STALL_LIMIT = Duration.ofSeconds(10);
	/** A QoS 0 subscriber that gets nothing for this long while behind: what it lacks is counted as lost. */
	static final Duration WRITE_OFF_AFTER = Duration.ofMillis(250);
	/**
	 * The longest wait for what is still on its way to subscribers after the last publish. A burst, above all a
	 * fan-out, can take many seconds to arrive: what still arrives is not lost, and the wait ends anyway once nothing
	 * arrived for {@link #STRAGGLER_IDLE} while the publisher has nothing left to send (or gave up).
	 */
	private static final Duration STRAGGLER_LIMIT = Duration.ofSeconds(30);
	/** The same for a project, which the publisher never gets more than {@value #QOS0_LEAD} messages ahead of. */
	private static final Duration PROJECT_STRAGGLER_LIMIT = Duration.ofSeconds(10);
	private static final Duration STRAGGLER_IDLE = Duration.ofSeconds(2);
	private static final long LEAD_PAUSE_NS = 100_000;

	private final ClientFactory clients;
	private final Endpoint endpoint;
	private final BooleanSupplier cancelled;

	ThroughputLoad(ClientFactory clients, Endpoint endpoint, BooleanSupplier cancelled) {
		this.clients = clients;
		this.endpoint = endpoint;
		this.cancelled = cancelled;
	}

	/** Flow-controlled 1 → 1 at QoS 0 or 1. */
	Result flow(String topic, int qos, int messages) throws MqttException, InterruptedException {
		return run(topic, qos, messages, true);
	}

	/** 1 → 1 at QoS 0 or 1, published as fast as possible. */
	Result burst(String topic, int qos, int messages) throws MqttException, InterruptedException {
		return run(topic, qos, messages, false);
	}

	/**
	 * 1 → {@code subscribers} ({@link Audience}: bare connections) at QoS 0, flow-controlled or as fast as possible.
	 *
	 * @throws IOException when a subscriber cannot connect or subscribe
	 */
	Result fanOut(String topic, int subscribers, int messages, boolean paced)
			throws MqttException, IOException, InterruptedException {
		try (Audience audience = Audience.open(clients.fleet(), endpoint, topic, subscribers)) {
			return publishTo(audience, topic, 0, messages, paced, subscribers);
		}
	}

	/**
	 * QoS 0, flow-controlled as {@link #flow} is, from a connected publisher into a receiver other than a subscription
	 * of this load (a project that records what the broker routes). Message {@code i} (from 0) goes to
	 * {@code topics.apply(i)}.
	 */
	Result flowInto(MqttAsyncClient publisher, Arrivals arrivals, IntFunction<String> topics, int messages)
			throws InterruptedException {
		return flowInto(publisher, arrivals, topics, Stamp::payload, messages);
	}

	/** As {@link #flowInto(MqttAsyncClient, Arrivals, IntFunction, int)}, message {@code i} with its own payload. */
	Result flowInto(MqttAsyncClient publisher, Arrivals arrivals, IntFunction<String> topics,
			IntFunction<byte[]> payloads, int messages) throws InterruptedException {
		return publishAll(publisher, arrivals, topics, payloads, 0, messages, true, 1, PROJECT_STRAGGLER_LIMIT);
	}

	private Result run(String topic, int qos, int messages, boolean paced) throws MqttException, InterruptedException {
		try (Subscription subscription = Subscription.open(clients, endpoint, topic, qos)) {
			return publishTo(subscription, topic, qos, messages, paced, 1);
		}
	}

	/** Connects the fleet's publisher and publishes to subscribers that are ready. */
	private Result publishTo(Arrivals arrivals, String topic, int qos, int messages, boolean paced, int copies)
			throws MqttException, InterruptedException {
		MqttAsyncClient publisher = clients.connect(endpoint, Fleet.PUBLISHER, null);
		try {
			return publishAll(publisher, arrivals, index -> topic, Stamp::payload, qos, messages, paced, copies,
					STRAGGLER_LIMIT);
		} finally {
			ClientFactory.release(publisher);
		}
	}

	/**
	 * Publishes message 0 to {@code messages - 1}, each due {@code copies} times at the receiving side, and waits for
	 * the stragglers, at most {@code stragglerLimit}.
	 */
	private Result publishAll(MqttAsyncClient publisher, Arrivals arrivals, IntFunction<String> topics,
			IntFunction<byte[]> payloads, int qos, int messages, boolean paced, int copies, Duration stragglerLimit)
			throws InterruptedException {
		int windowSize = paced ? QOS1_WINDOW : QOS1_BURST_WINDOW;
		Semaphore window = new Semaphore(windowSize);
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
		Lead lead = new Lead(arrivals, copies);
		long start = System.nanoTime();
		long deadline = start + LOAD_LIMIT.toNanos();
		long received0 = arrivals.received();
		long duplicates0 = arrivals.duplicates();
		long sent = 0;
		String problem = null;
		while (sent < messages && problem == null) {
			if (qos > 0) {
				problem = window.tryAcquire(STALL_LIMIT.toMillis(), TimeUnit.MILLISECONDS) ? null
						: "no PUBACK for " + STALL_LIMIT.toSeconds() + " s with " + windowSize
								+ " messages in flight, after " + sent + " messages";
			} else if (paced) {
				problem = lead.await(sent, deadline);
			}
			if (problem == null) {
				problem = publish(publisher, topics.apply((int) sent), payloads.apply((int) sent), qos,
						qos > 0 ? acknowledged : null);
			}
			if (problem == null) {
				sent++;
				problem = interruption(sent, deadline, arrivals);
			}
		}
		// A publisher that gave up (no PUBACK) keeps its pending messages: only the receivers' silence counts then.
		boolean gaveUp = problem != null;
		arrivals.awaitStragglers(received0 + sent * copies, stragglerLimit, STRAGGLER_IDLE,
				() -> gaveUp || publisher.getPendingDeliveryTokens().length == 0);
		long received = arrivals.received() - received0;
		double seconds = (arrivals.lastArrival(start) - start) / 1e9;
		return new Result(sent, copies, received, arrivals.duplicates() - duplicates0,
				received == 0 || seconds <= 0 ? 0 : received / seconds, problem, lead.writeOffs);
	}

	/** Publishes one message; returns why it failed, or {@code null}. */
	private String publish(MqttAsyncClient publisher, String topic, byte[] payload, int qos,
			IMqttActionListener listener) {
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

	/**
	 * Keeps a QoS 0 publisher at most {@value ThroughputLoad#QOS0_LEAD} messages ahead of what arrived (counted in
	 * deliveries when fanned out: the subscribers on average).
	 */
	private static final class Lead {

		private final Arrivals arrivals;
		private final int copies;
		/** What arrived before the load: the receiver may be reused (a project records several loads). */
		private final long before;
		/** Deliveries counted as lost: nothing arrived any more while they were due. */
		private long writtenOff;
		private int writeOffs;

		Lead(Arrivals arrivals, int copies) {
			this.arrivals = arrivals;
			this.copies = copies;
			this.before = arrivals.received();
		}

		private long received() {
			return arrivals.received() - before;
		}

		/** Waits until the next message may go; returns why it may not, or {@code null}. */
		String await(long sent, long deadline) {
			long waitingSince = System.nanoTime();
			while (sent * copies - received() - writtenOff >= (long) QOS0_LEAD * copies) {
				long now = System.nanoTime();
				long quietSince = Math.max(waitingSince, arrivals.lastArrival(waitingSince));
				if (now - quietSince > WRITE_OFF_AFTER.toNanos()) {
					writtenOff = sent * copies - received();
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
