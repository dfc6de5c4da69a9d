package org.iotbench.bench;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.MessageStore;
import org.iotbench.sessions.SessionException;

/**
 * The loads of projects against one broker, each with a {@link BenchProject} of its own, opened before the device
 * connects and closed after it left; the device is the fleet's publisher, a Paho client:
 * <ul>
 * <li>ingest: the device floods QoS 0 messages of 64 bytes, flow-controlled as the QoS 0 flow load (at most 1,000
 * ahead of what the project recorded); the rate is what the project's store recorded per second;</li>
 * <li>latency: the device publishes {@value #LATENCY_MESSAGES} QoS 0 messages at {@value #LATENCY_RATE} per second
 * (after {@value #LATENCY_WARM_UP} not measured), each carrying {@link System#nanoTime()} taken just before it was
 * handed to Paho; a listener of the project's store, told on the appending thread, takes the difference;</li>
 * <li>memory: the heap a full store takes per message: used heap after garbage collection with the device connected,
 * before the project is opened and once its store holds {@value #MEMORY_MESSAGES} messages of 64 bytes on
 * {@value #MEMORY_TOPICS} topics (the project itself and its ring of references included).</li>
 * </ul>
 */
final class ProjectLoads {

	/** Opens the project a load records into; the load closes it. */
	@FunctionalInterface
	interface Opener {
		BenchProject open() throws SessionException, InterruptedException;
	}

	/**
	 * What the latency load measured.
	 *
	 * @param expected   messages measured (the warm-up excluded)
	 * @param recorded   of these, how many the project recorded
	 * @param p50Micros  median latency in microseconds, {@code NaN} when none was recorded
	 * @param p99Micros  99th percentile (nearest rank) in microseconds, {@code NaN} when none was recorded
	 * @param lateMicros the slowest in microseconds, {@code NaN} when none was recorded
	 * @param problem    why the device stopped early, or {@code null}
	 */
	record Latency(int expected, int recorded, double p50Micros, double p99Micros, double lateMicros, String problem) {

		int lost() {
			return expected - recorded;
		}
	}

	/**
	 * What the memory load measured.
	 *
	 * @param stored          messages in the store when the heap was measured
	 * @param bytesPerMessage heap growth per stored message, {@code NaN} when nothing was stored
	 * @param before          used heap before the project was opened, bytes
	 * @param after           used heap with the store full, bytes
	 * @param problem         why the device stopped early, or {@code null}
	 */
	record Memory(int stored, double bytesPerMessage, long before, long after, String problem) {
	}

	static final int LATENCY_MESSAGES = 2_000;
	static final int LATENCY_WARM_UP = 200;
	static final int LATENCY_RATE = 1_000;
	static final int MEMORY_MESSAGES = MessageStore.DEFAULT_CAPACITY;
	static final int MEMORY_TOPICS = 50;

	/** Bytes of a latency payload that carry something: the send time (8) and the message's index (4). */
	private static final int STAMP_BYTES = 12;
	private static final long CHECK_EVERY = 100;
	private static final Duration STRAGGLER_LIMIT = Duration.ofSeconds(5);
	private static final Duration STRAGGLER_IDLE = Duration.ofSeconds(1);
	/** Rounds of publishing what the broker lost until the store is full. */
	private static final int MEMORY_TOP_UPS = 3;
	private static final int GC_PASSES = 3;
	private static final long GC_PAUSE_MS = 100;

	private final ClientFactory clients;
	private final Endpoint endpoint;
	private final Opener projects;
	private final BooleanSupplier cancelled;

	ProjectLoads(ClientFactory clients, Endpoint endpoint, Opener projects, BooleanSupplier cancelled) {
		this.clients = clients;
		this.endpoint = endpoint;
		this.projects = projects;
		this.cancelled = cancelled;
	}

	/** The ingest load: {@code messages} on one topic under {@code bench/}. */
	ThroughputLoad.Result ingest(String topic, int messages)
			throws MqttException, SessionException, InterruptedException {
		try (BenchProject project = projects.open(); ProjectArrivals arrivals = new ProjectArrivals(project)) {
			MqttAsyncClient device = clients.connect(endpoint, Fleet.PUBLISHER, null);
			try {
				return new ThroughputLoad(clients, endpoint, cancelled).flowInto(device, arrivals, index -> topic,
						messages);
			} finally {
				ClientFactory.release(device);
			}
		}
	}

	/** The latency load on one topic under {@code bench/}. */
	Latency latency(String topic) throws MqttException, SessionException, InterruptedException {
		int total = LATENCY_WARM_UP + LATENCY_MESSAGES;
		try (BenchProject project = projects.open()) {
			Stopwatch stopwatch = new Stopwatch(project, topic);
			project.messages().addListener(stopwatch);
			try {
				MqttAsyncClient device = clients.connect(endpoint, Fleet.PUBLISHER, null);
				try {
					String problem = publishPaced(device, topic, total, stopwatch);
					stopwatch.awaitStragglers(total, STRAGGLER_LIMIT, STRAGGLER_IDLE,
							() -> device.getPendingDeliveryTokens().length == 0);
					return stopwatch.result(problem);
				} finally {
					ClientFactory.release(device);
				}
			} finally {
				project.messages().removeListener(stopwatch);
			}
		}
	}

	/** Publishes {@code total} stamped messages at {@link #LATENCY_RATE}; returns why it stopped early, or null. */
	private String publishPaced(MqttAsyncClient device, String topic, int total, Arrivals arrivals) {
		long period = TimeUnit.SECONDS.toNanos(1) / LATENCY_RATE;
		long next = System.nanoTime();
		for (int index = 0; index < total; index++) {
			long wait = next - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			byte[] payload = new byte[ThroughputLoad.PAYLOAD_BYTES];
			Arrays.fill(payload, STAMP_BYTES, payload.length, (byte) 'x');
			ByteBuffer stamp = ByteBuffer.wrap(payload).putInt(Long.BYTES, index);
			try {
				stamp.putLong(0, System.nanoTime());
				device.publish(topic, payload, 0, false);
			} catch (MqttException e) {
				return "publishing failed after " + index + " messages: " + e.getMessage() + " ("
						+ e.getReasonCode() + ')';
			}
			next += period;
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

	/**
	 * The memory load: fills a project's store with messages on {@value #MEMORY_TOPICS} topics (publishing again what
	 * the broker lost, a few times) and measures the heap before and after.
	 */
	Memory memory() throws MqttException, SessionException, InterruptedException {
		String[] topics = new String[MEMORY_TOPICS];
		for (int i = 0; i < topics.length; i++) {
			topics[i] = String.format(Locale.ROOT, "bench/memory/device-%02d/telemetry", i);
		}
		MqttAsyncClient device = clients.connect(endpoint, Fleet.PUBLISHER, null);
		try {
			long before = usedHeapAfterGc();
			BenchProject project = projects.open();
			try {
				MessageStore store = project.messages();
				ThroughputLoad load = new ThroughputLoad(clients, endpoint, cancelled);
				String problem = null;
				long published = 0;
				try (ProjectArrivals arrivals = new ProjectArrivals(project)) {
					for (int pass = 0; pass <= MEMORY_TOP_UPS && store.size() < MEMORY_MESSAGES && problem == null
							&& !cancelled.getAsBoolean(); pass++) {
						int offset = (int) (published % MEMORY_TOPICS);
						ThroughputLoad.Result result = load.flowInto(device, arrivals,
								index -> topics[(offset + index) % MEMORY_TOPICS], MEMORY_MESSAGES - store.size());
						published += result.sent();
						problem = result.problem();
					}
				}
				int stored = store.size();
				long after = usedHeapAfterGc();
				Reference.reachabilityFence(project);
				return new Memory(stored, stored == 0 ? Double.NaN : (after - before) / (double) stored, before,
						after, problem);
			} finally {
				project.close();
			}
		} finally {
			ClientFactory.release(device);
		}
	}

	/** The nearest-rank percentile of sorted values (at least one). */
	static long percentile(long[] sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int pass = 0; pass < GC_PASSES; pass++) {
			System.gc();
			TimeUnit.MILLISECONDS.sleep(GC_PAUSE_MS);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

	/**
	 * A listener of a project's store that takes the latency of each stamped message when it is recorded. The store
	 * tells its listeners on the appending thread right after the append, and a project appends on one thread, so the
	 * newest message is the one just recorded.
	 */
	private static final class Stopwatch extends Arrivals implements Runnable {

		private final BenchProject project;
		private final MessageStore store;
		private final String topic;
		/** Nanoseconds per measured message by index; 0 while not recorded. */
		private final AtomicLongArray latencies = new AtomicLongArray(LATENCY_MESSAGES);

		Stopwatch(BenchProject project, String topic) {
			this.project = project;
			this.store = project.messages();
			this.topic = topic;
		}

		@Override
		public void run() {
			long now = System.nanoTime();
			int size = store.size();
			if (size == 0) {
				return;
			}
			Message message = store.get(size - 1);
			byte[] payload = message.payload();
			if (payload.length < STAMP_BYTES || !topic.equals(message.topic())) {
				return;
			}
			ByteBuffer stamp = ByteBuffer.wrap(payload);
			int measured = stamp.getInt(Long.BYTES) - LATENCY_WARM_UP;
			if (measured >= 0 && measured < LATENCY_MESSAGES) {
				latencies.compareAndSet(measured, 0, Math.max(1, now - stamp.getLong(0)));
			}
			arrived();
		}

		@Override
		String broken() {
			return project.broken();
		}

		Latency result(String problem) {
			long[] recorded = new long[LATENCY_MESSAGES];
			int count = 0;
			for (int i = 0; i < LATENCY_MESSAGES; i++) {
				long nanos = latencies.get(i);
				if (nanos > 0) {
					recorded[count++] = nanos;
				}
			}
			if (count == 0) {
				return new Latency(LATENCY_MESSAGES, 0, Double.NaN, Double.NaN, Double.NaN, problem);
			}
			long[] sorted = Arrays.copyOf(recorded, count);
			Arrays.sort(sorted);
			return new Latency(LATENCY_MESSAGES, count, percentile(sorted, 50) / 1e3, percentile(sorted, 99) / 1e3,
					sorted[count - 1] / 1e3, problem);
		}
	}
}
