package org.iotbench.sessions.internal.remote;

/** Delays between reconnection attempts: the first, then doubling up to a maximum. Not thread-safe. */
public final class Backoff {

	private final long firstSeconds;
	private final long maxSeconds;
	private long nextSeconds;

	public Backoff(long firstSeconds, long maxSeconds) {
		if (firstSeconds < 1 || maxSeconds < firstSeconds) {
			throw new IllegalArgumentException(firstSeconds + " to " + maxSeconds); //$NON-NLS-1$
		}
		this.firstSeconds = firstSeconds;
		this.maxSeconds = maxSeconds;
		this.nextSeconds = firstSeconds;
	}

	/** The delay before the next attempt, in seconds; the one after it is twice as long, up to the maximum. */
	public long next() {
		long delay = nextSeconds;
		nextSeconds = Math.min(maxSeconds, nextSeconds * 2);
		return delay;
	}

	/** Starts again from the first delay, after a successful connection. */
	public void reset() {
		nextSeconds = firstSeconds;
	}
}
