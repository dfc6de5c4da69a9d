package org.iotbench.history;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.iotbench.sessions.Session;
import org.iotbench.sessions.SessionException;

/**
 * Publishes recorded messages again through a project, in their order and with their spacing in time, at their own
 * pace or faster: a device's morning replayed in a minute, or a captured sequence that triggered a bug.
 */
public final class Replay {

	/** The speed that does not wait between messages. */
	public static final double AS_FAST_AS_POSSIBLE = 0;
	/** The longest sleep between two looks at whether the replay was stopped. */
	private static final long CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	/** Told of the progress; asked whether to stop. Called on the replaying thread. */
	public interface Progress {
		void published(int done, int total);

		boolean stopped();
	}

	private final List<MessageFile.Entry> entries;
	private final double speed;

	/**
	 * @param speed 1 for the recorded pace, 10 for ten times faster, {@link #AS_FAST_AS_POSSIBLE} for no waiting
	 */
	public Replay(List<MessageFile.Entry> entries, double speed) {
		if (speed < 0 || Double.isNaN(speed)) {
			throw new IllegalArgumentException("speed " + speed); //$NON-NLS-1$
		}
		this.entries = List.copyOf(entries);
		this.speed = speed;
	}

	/**
	 * Publishes every message, or until stopped.
	 *
	 * @return how many were published
	 * @throws SessionException when the session refuses a message (not connected, invalid topic); the ones before it
	 *                          were published
	 */
	public int run(Session session, Progress progress) throws SessionException, InterruptedException {
		if (entries.isEmpty()) {
			return 0;
		}
		long first = entries.get(0).time().toEpochMilli();
		long start = System.nanoTime();
		int done = 0;
		for (MessageFile.Entry entry : entries) {
			if (speed > 0) {
				long offset = Math.max(0, entry.time().toEpochMilli() - first);
				long due = start + (long) (TimeUnit.MILLISECONDS.toNanos(offset) / speed);
				for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
					if (progress.stopped()) {
						return done;
					}
					TimeUnit.NANOSECONDS.sleep(Math.min(wait, CHECK_NANOS));
				}
			}
			if (progress.stopped()) {
				return done;
			}
			session.publish(entry.topic(), entry.payload(), entry.qos(), entry.retained());
			done++;
			progress.published(done, entries.size());
		}
		return done;
	}

	/** How long the replay takes at its speed, in milliseconds (0 when it does not wait). */
	public long durationMillis() {
		if (entries.isEmpty() || speed == 0) {
			return 0;
		}
		long span = entries.get(entries.size() - 1).time().toEpochMilli() - entries.get(0).time().toEpochMilli();
		return (long) (Math.max(0, span) / speed);
	}
}
