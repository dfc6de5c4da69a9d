package org.iotbench.bench;

import java.lang.ref.Reference;
import java.time.Duration;
import java.util.Locale;
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

	private static final Duration STRAGGLER_LIMIT = Duration.ofSeconds(5);
	private static final Duration STRAGGLER_IDLE = Duration.ofSeconds(1);
	/** Rounds of publishing what the broker lost until the store is full. */
	private static final int MEMORY_TOP_UPS = 3;

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
					String problem = new PacedPublisher(LATENCY_RATE, cancelled).publish(device, topic, total,
							stopwatch);
					stopwatch.awaitStragglers(total, STRAGGLER_LIMIT, STRAGGLER_IDLE,
							() -> device.getPendingDeliveryTokens().length == 0);
					return stopwatch.samples.summary(problem);
				} finally {
					ClientFactory.release(device);
				}
			} finally {
				project.messages().removeListener(stopwatch);
			}
		}
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
			long before = Heap.usedAfterGc();
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
				long after = Heap.usedAfterGc();
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

	/**
	 * A listener of a project's store that takes the latency of each stamped message when it is recorded. The store
	 * tells its listeners on the appending thread right after the append, and a project appends on one thread, so the
	 * newest message is the one just recorded.
	 */
	private static final class Stopwatch extends Arrivals implements Runnable {

		private final BenchProject project;
		private final MessageStore store;
		private final String topic;
		final LatencySamples samples = new LatencySamples(LATENCY_WARM_UP, LATENCY_MESSAGES);

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
			int index = Stamp.index(payload);
			if (index < 0 || !topic.equals(message.topic())) {
				return;
			}
			samples.record(index, now - Stamp.sentAt(payload));
			arrived();
		}

		@Override
		String broken() {
			return project.broken();
		}
	}
}
