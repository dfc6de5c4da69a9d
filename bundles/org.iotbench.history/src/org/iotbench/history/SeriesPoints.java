package org.iotbench.history;

import java.util.Arrays;

/**
 * The points of one chart line: times (epoch milliseconds) and values, oldest first, bounded. Time is cut into
 * buckets (the window divided by the most points) and a bucket keeps one point, its newest, so that a topic at 20,000
 * messages per second still spans the whole window. Thread-safe: a sampler appends, the UI copies.
 */
public final class SeriesPoints {

	private final long[] times;
	private final double[] values;
	private final long bucketMillis;
	private int first;
	private int size;
	private long added;

	/**
	 * @param capacity     the most points kept
	 * @param bucketMillis the length of a bucket; 0 keeps every point
	 */
	public SeriesPoints(int capacity, long bucketMillis) {
		times = new long[capacity];
		values = new double[capacity];
		this.bucketMillis = Math.max(0, bucketMillis);
	}

	/** Adds a value at a time; a time before the newest point's is ignored (history is read in order). */
	public synchronized void add(long timeMillis, double value) {
		added++;
		if (size > 0) {
			int last = index(size - 1);
			if (timeMillis < times[last]) {
				return;
			}
			if (bucketMillis > 0 && timeMillis / bucketMillis == times[last] / bucketMillis) {
				times[last] = timeMillis; // one point per bucket: its newest value stands for it
				values[last] = value;
				return;
			}
		}
		if (size == times.length) {
			first = index(1);
			size--;
		}
		int at = index(size);
		times[at] = timeMillis;
		values[at] = value;
		size++;
	}

	/** Forgets every point. */
	public synchronized void clear() {
		first = 0;
		size = 0;
	}

	/** How many values were added in all, including those merged into a bucket. */
	public synchronized long added() {
		return added;
	}

	/** How many points are kept. */
	public synchronized int size() {
		return size;
	}

	/** A copy of the points, oldest first. */
	public synchronized Snapshot snapshot() {
		long[] t = new long[size];
		double[] v = new double[size];
		int tail = Math.min(size, times.length - first);
		System.arraycopy(times, first, t, 0, tail);
		System.arraycopy(values, first, v, 0, tail);
		System.arraycopy(times, 0, t, tail, size - tail);
		System.arraycopy(values, 0, v, tail, size - tail);
		return new Snapshot(t, v);
	}

	private int index(int offset) {
		int at = first + offset;
		return at >= times.length ? at - times.length : at;
	}

	/** Points as arrays of the same length, oldest first. */
	public record Snapshot(long[] times, double[] values) {

		/** The number of points. */
		public int size() {
			return times.length;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Snapshot snapshot && Arrays.equals(times, snapshot.times)
					&& Arrays.equals(values, snapshot.values);
		}

		@Override
		public int hashCode() {
			return 31 * Arrays.hashCode(times) + Arrays.hashCode(values);
		}

		@Override
		public String toString() {
			return size() + " points"; //$NON-NLS-1$
		}
	}
}
