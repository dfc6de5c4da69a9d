package org.iotbench.bench;

import java.io.IOException;
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
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

/**
 * Connects every client of the fleet, 8 at a time, each connect waiting for its CONNACK: first cold (the first
 * connect since the broker started; ours checks a slow PBKDF2 hash), then, after disconnecting all, warm. The
 * connections stay open until the pass ends, so the broker holds the whole fleet at once.
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
	private static final int CONNECT_TIMEOUT_MS = 10_000;
	private static final long SETTLE_MS = 200;

	private final Fleet fleet;
	private final Endpoint endpoint;
	private final BooleanSupplier cancelled;
	private final AtomicReferenceArray<BareConnection> connections;

	ConnectLoad(Fleet fleet, Endpoint endpoint, BooleanSupplier cancelled) {
		this.fleet = fleet;
		this.endpoint = endpoint;
		this.cancelled = cancelled;
		this.connections = new AtomicReferenceArray<>(fleet.size());
	}

	Result run() throws InterruptedException {
		AtomicInteger threadNumber = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS, runnable -> {
			Thread thread = new Thread(runnable, "iotbench bench: connect " + threadNumber.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			Phase cold = connectAll(pool);
			closeAll();
			TimeUnit.MILLISECONDS.sleep(SETTLE_MS);
			Phase warm = connectAll(pool);
			return new Result(cold, warm);
		} finally {
			closeAll();
			pool.shutdownNow();
		}
	}

	/** Upper bound for a pass: generous for a slow hash per client on a small machine, but bounded. */
	private Duration limit() {
		return Duration.ofSeconds(30).plusMillis(100L * fleet.size());
	}

	private Phase connectAll(ExecutorService pool) throws InterruptedException {
		Map<String, LongAdder> reasons = new ConcurrentHashMap<>();
		List<Callable<Boolean>> tasks = new ArrayList<>(fleet.size());
		for (int i = 0; i < fleet.size(); i++) {
			int index = i;
			tasks.add(() -> {
				if (cancelled.getAsBoolean()) {
					count(reasons, "cancelled");
					return false;
				}
				try {
					connections.set(index, BareConnection.open(endpoint, fleet.id(index), fleet.password(index),
							CONNECT_TIMEOUT_MS));
					return true;
				} catch (IOException e) {
					count(reasons, e.getClass().getSimpleName() + ": " + e.getMessage());
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

	/** Disconnects every open connection; not measured. */
	private void closeAll() {
		for (int i = 0; i < connections.length(); i++) {
			BareConnection connection = connections.getAndSet(i, null);
			if (connection != null) {
				connection.close();
			}
		}
	}
}
