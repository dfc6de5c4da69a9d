package org.iotbench.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * Connects every client of the fleet, 8 at a time, each connect waiting for its CONNACK: first cold (the first
 * connect since the broker started; ours checks a slow PBKDF2 hash), then, after disconnecting all, warm. All clients
 * stay connected until the phase ends, so the broker holds the whole fleet at once.
 */
final class ConnectLoad {

	/**
	 * One pass over the fleet.
	 *
	 * @param perSecond successful connects per second
	 * @param failed    connects that failed or did not finish in time
	 * @param reasons   how many failed for each reason
	 */
	record Phase(double perSecond, int failed, Map<String, Integer> reasons) {
	}

	record Result(Phase cold, Phase warm) {
	}

	private static final int THREADS = 8;
	private static final long SETTLE_MS = 200;

	private final ClientFactory clients;
	private final Endpoint endpoint;
	private final int size;
	private final BooleanSupplier cancelled;

	ConnectLoad(ClientFactory clients, Endpoint endpoint, int size, BooleanSupplier cancelled) {
		this.clients = clients;
		this.endpoint = endpoint;
		this.size = size;
		this.cancelled = cancelled;
	}

	Result run() throws MqttException, InterruptedException {
		List<MqttAsyncClient> fleet = new ArrayList<>(size);
		AtomicInteger threadNumber = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
			Thread thread = new Thread(runnable, "iotbench bench: connect " + threadNumber.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			for (int i = 0; i < size; i++) {
				fleet.add(clients.create(endpoint, i));
			}
			Phase cold = connectAll(pool, fleet);
			pass(pool, fleet, ClientFactory::disconnect);
			TimeUnit.MILLISECONDS.sleep(SETTLE_MS);
			Phase warm = connectAll(pool, fleet);
			return new Result(cold, warm);
		} finally {
			pass(pool, fleet, ClientFactory::release);
			pool.shutdownNow();
		}
	}

	/** Upper bound for a pass: generous for a slow hash per client on a small machine, but bounded. */
	private Duration limit() {
		return Duration.ofSeconds(30).plusMillis(100L * size);
	}

	private Phase connectAll(ExecutorService pool, List<MqttAsyncClient> fleet) throws InterruptedException {
		Map<String, LongAdder> reasons = new ConcurrentHashMap<>();
		List<Callable<Boolean>> tasks = new ArrayList<>(fleet.size());
		for (int i = 0; i < fleet.size(); i++) {
			MqttAsyncClient client = fleet.get(i);
			int index = i;
			tasks.add(() -> {
				if (cancelled.getAsBoolean()) {
					count(reasons, "cancelled");
					return false;
				}
				try {
					client.connect(clients.options(index)).waitForCompletion(ClientFactory.TOKEN_TIMEOUT_MS);
					return true;
				} catch (MqttException e) {
					count(reasons, e.getMessage() + " (" + e.getReasonCode() + ')');
					return false;
				}
			});
		}
		long start = System.nanoTime();
		List<Future<Boolean>> outcomes = pool.invokeAll(tasks, limit().toMillis(), TimeUnit.MILLISECONDS);
		double seconds = (System.nanoTime() - start) / 1e9;
		int succeeded = 0;
		for (Future<Boolean> outcome : outcomes) {
			try {
				if (outcome.get()) {
					succeeded++;
				}
			} catch (CancellationException e) {
				count(reasons, "not done within " + limit().toSeconds() + " s");
			} catch (ExecutionException e) {
				count(reasons, String.valueOf(e.getCause()));
			}
		}
		Map<String, Integer> counted = new TreeMap<>();
		reasons.forEach((reason, count) -> counted.put(reason, count.intValue()));
		return new Phase(seconds <= 0 ? 0 : succeeded / seconds, fleet.size() - succeeded, counted);
	}

	private static void count(Map<String, LongAdder> reasons, String reason) {
		reasons.computeIfAbsent(reason, key -> new LongAdder()).increment();
	}

	/** Runs an action on every client, 8 at a time, bounded in time; not measured. */
	private void pass(ExecutorService pool, List<MqttAsyncClient> fleet,
			Consumer<MqttAsyncClient> action) throws InterruptedException {
		List<Callable<Void>> tasks = new ArrayList<>(fleet.size());
		for (MqttAsyncClient client : fleet) {
			tasks.add(() -> {
				action.accept(client);
				return null;
			});
		}
		pool.invokeAll(tasks, limit().toMillis(), TimeUnit.MILLISECONDS);
	}
}
