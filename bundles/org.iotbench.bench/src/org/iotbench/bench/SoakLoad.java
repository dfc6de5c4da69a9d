package org.iotbench.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * A fleet left running: every client of the fleet but the subscriber is a device on a connection of its own that
 * publishes one 64-byte QoS 1 message a second (waiting for its PUBACK, as a board does), the devices spread evenly
 * over the second; one subscriber at QoS 1 receives all of them. Measures the latency from publish to arrival over the
 * whole soak and counts what never arrived. The devices are virtual threads on bare connections, so that a thousand of
 * them cost the shared CPU little (Paho needs two platform threads each). After the last message, while every device
 * is still connected, the broker's memory is read by the caller.
 */
final class SoakLoad {

	/** What a soak measured. */
	record Result(int devices, int connected, long sent, long received, long duplicates, double p50Micros,
			double p99Micros, double maxMicros, String problem) {

		long lost() {
			return Math.max(0, sent - received);
		}
	}

	/** Messages per second of each device. */
	static final int RATE_PER_DEVICE = 1;
	private static final int CONNECTING_AT_ONCE = 16;
	private static final int TIMEOUT_MS = 15_000;
	private static final long DRAIN_MS = 10_000;
	private static final long SECOND_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final Fleet fleet;
	private final Endpoint endpoint;
	private final BooleanSupplier cancelled;
	private final Problems problems = new Problems();

	SoakLoad(Fleet fleet, Endpoint endpoint, BooleanSupplier cancelled) {
		this.fleet = fleet;
		this.endpoint = endpoint;
		this.cancelled = cancelled;
	}

	/** Why devices failed, with how many failed so. */
	private static final class Problems extends ConcurrentHashMap<String, Integer> {
		private static final long serialVersionUID = 1L;

		void count(String why) {
			merge(why, 1, Integer::sum);
		}

		String describe() {
			return isEmpty() ? null : toString();
		}
	}

	/**
	 * Connects the devices and the subscriber, runs the soak for {@code seconds}, waits for the last messages, runs
	 * {@code whileConnected} and disconnects everyone.
	 *
	 * @param topicPrefix ends with {@code /}; device {@code n} publishes to {@code topicPrefix + n}
	 */
	Result run(String topicPrefix, int seconds, Runnable whileConnected) throws InterruptedException, IOException {
		int subscriberIndex = Fleet.SUBSCRIBER;
		int[] devices = new int[fleet.size() - 1];
		for (int i = 0, d = 0; i < fleet.size(); i++) {
			if (i != subscriberIndex) {
				devices[d++] = i;
			}
		}
		int perDevice = seconds * RATE_PER_DEVICE;
		long[] latencies = new long[devices.length * perDevice];
		BitSet seen = new BitSet(latencies.length);
		AtomicLong received = new AtomicLong();
		AtomicLong duplicates = new AtomicLong();
		AtomicLong sent = new AtomicLong();

		BareConnection subscriber = BareConnection.open(endpoint, fleet.id(subscriberIndex),
				fleet.password(subscriberIndex), TIMEOUT_MS, 0);
		Thread reader;
		List<BareConnection> connected = new ArrayList<>();
		try {
			subscriber.subscribe(topicPrefix + '#', 1);
			reader = Thread.ofVirtual().name("soak subscriber").start(() -> {
				try {
					subscriber.receive((buffer, offset, length) -> {
						if (length < Long.BYTES + 2 * Integer.BYTES) {
							return;
						}
						ByteBuffer stamp = ByteBuffer.wrap(buffer, offset, length);
						long latency = System.nanoTime() - stamp.getLong();
						int device = stamp.getInt();
						int sequence = stamp.getInt();
						int slot = device * perDevice + sequence;
						if (device < 0 || sequence < 0 || sequence >= perDevice || slot >= latencies.length) {
							return;
						}
						if (seen.get(slot)) {
							duplicates.incrementAndGet();
							return;
						}
						seen.set(slot);
						latencies[slot] = Math.max(1, latency);
						received.incrementAndGet();
					});
				} catch (IOException e) {
					// closed at the end, or broken: what arrived counts
				}
			});
			BareConnection[] connections = connect(devices);
			for (BareConnection connection : connections) {
				if (connection != null) {
					connected.add(connection);
				}
			}
			long start = System.nanoTime() + SECOND_NANOS;
			try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
				for (int d = 0; d < devices.length; d++) {
					BareConnection connection = connections[d];
					if (connection == null) {
						continue;
					}
					int device = d;
					long offset = d * SECOND_NANOS / devices.length;
					byte[] topic = (topicPrefix + device).getBytes(StandardCharsets.UTF_8);
					threads.submit(() -> publish(connection, topic, device, perDevice, start + offset, sent));
				}
			}
			long drainUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAIN_MS);
			while (received.get() < sent.get() && System.nanoTime() < drainUntil && !cancelled.getAsBoolean()) {
				Thread.sleep(50);
			}
			whileConnected.run();
		} finally {
			for (BareConnection connection : connected) {
				connection.close();
			}
			subscriber.close();
		}
		reader.join(TIMEOUT_MS);
		long[] measured = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
		double p50 = measured.length == 0 ? Double.NaN : LatencySamples.percentile(measured, 50) / 1e3;
		double p99 = measured.length == 0 ? Double.NaN : LatencySamples.percentile(measured, 99) / 1e3;
		double max = measured.length == 0 ? Double.NaN : measured[measured.length - 1] / 1e3;
		return new Result(devices.length, connected.size(), sent.get(), received.get(), duplicates.get(), p50, p99,
				max, problems.describe());
	}

	/** Connects the devices, a few at a time (a first connect costs our broker a PBKDF2 check); null where one failed. */
	private BareConnection[] connect(int[] devices) throws InterruptedException {
		BareConnection[] connections = new BareConnection[devices.length];
		Semaphore slots = new Semaphore(CONNECTING_AT_ONCE);
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int d = 0; d < devices.length && !cancelled.getAsBoolean(); d++) {
				int index = d;
				slots.acquire();
				threads.submit(() -> {
					try {
						connections[index] = BareConnection.open(endpoint, fleet.id(devices[index]),
								fleet.password(devices[index]), TIMEOUT_MS);
					} catch (IOException e) {
						problems.count("connect: " + e.getMessage());
					} finally {
						slots.release();
					}
				});
			}
		}
		return connections;
	}

	private void publish(BareConnection connection, byte[] topic, int device, int messages, long firstDue,
			AtomicLong sent) {
		ByteBuffer payload = ByteBuffer.allocate(ThroughputLoad.PAYLOAD_BYTES);
		for (int sequence = 0; sequence < messages && !cancelled.getAsBoolean(); sequence++) {
			long due = firstDue + sequence * SECOND_NANOS / RATE_PER_DEVICE;
			long wait;
			while ((wait = due - System.nanoTime()) > 0) {
				try {
					TimeUnit.NANOSECONDS.sleep(wait);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
			payload.clear();
			payload.putLong(System.nanoTime()).putInt(device).putInt(sequence);
			try {
				connection.publishAcknowledged(topic, payload.array(), sequence % 65_535 + 1);
				sent.incrementAndGet();
			} catch (IOException e) {
				problems.count("publish: " + e.getMessage());
				return;
			}
		}
	}
}
