package org.iotbench.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * The receiving side of a load (subscribers, a project): counts what arrives, and what arrives again, and remembers
 * when the last message came. Thread-safe.
 */
abstract class Arrivals {

	private static final long POLL_MS = 20;

	private final AtomicLong received = new AtomicLong();
	private final AtomicLong duplicates = new AtomicLong();
	private volatile long lastArrival;

	/** Counts one message; called on the thread that received it. */
	final void arrived() {
		lastArrival = System.nanoTime();
		received.incrementAndGet();
	}

	/**
	 * Counts a message that arrived once already (a QoS 1 message the broker sent again): not an arrival, so that
	 * duplicates cannot hide losses.
	 */
	final void duplicated() {
		duplicates.incrementAndGet();
	}

	final long received() {
		return received.get();
	}

	final long duplicates() {
		return duplicates.get();
	}

	/** {@link System#nanoTime()} of the last arrival, or {@code otherwise} before the first. */
	final long lastArrival(long otherwise) {
		return received.get() == 0 ? otherwise : lastArrival;
	}

	/** Why nothing more can arrive (the connection is lost, the project failed), in words, or {@code null}. */
	abstract String broken();

	/**
	 * Waits for stragglers: until {@code expected} messages arrived, or nothing arrived for {@code idle} while the
	 * publisher had nothing left to send, or {@code limit} passed.
	 */
	final void awaitStragglers(long expected, Duration limit, Duration idle, BooleanSupplier publisherDrained)
			throws InterruptedException {
		long start = System.nanoTime();
		long deadline = start + limit.toNanos();
		while (received.get() < expected && broken() == null && System.nanoTime() - deadline < 0) {
			long quietSince = Math.max(start, lastArrival(start));
			if (System.nanoTime() - quietSince > idle.toNanos() && publisherDrained.getAsBoolean()) {
				return;
			}
			TimeUnit.MILLISECONDS.sleep(POLL_MS);
		}
	}
}
