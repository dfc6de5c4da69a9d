package org.iotbench.ui.internal.projects;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.iotbench.sessions.Session;
import org.iotbench.sessions.SessionException;
import org.iotbench.ui.internal.Messages;

/**
 * One message published again and again through a project's session: every {@code intervalMillis}, {@code count}
 * times or until stopped, as a job with progress that the Progress view can cancel too. The first failure stops it and
 * is kept in {@link #problem()}. The schedule is kept against the start, so that a slow publish does not make the
 * later ones drift.
 */
final class RepeatedPublish extends Job {

	private final Session session;
	private final String topic;
	private final byte[] payload;
	private final int qos;
	private final boolean retain;
	private final long intervalMillis;
	private final long count;
	private final AtomicLong sent = new AtomicLong();
	private volatile String problem;

	/** @param count how many times; 0 for until stopped */
	RepeatedPublish(Session session, String topic, byte[] payload, int qos, boolean retain, long intervalMillis,
			long count) {
		super(NLS.bind(Messages.Repeat_job, topic));
		this.session = session;
		this.topic = topic;
		this.payload = payload.clone();
		this.qos = qos;
		this.retain = retain;
		this.intervalMillis = intervalMillis;
		this.count = count;
		setUser(false);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), count == 0 ? IProgressMonitor.UNKNOWN : (int) Math.min(Integer.MAX_VALUE, count));
		long start = System.nanoTime();
		try {
			for (long i = 0; count == 0 || i < count; i++) {
				long due = start + TimeUnit.MILLISECONDS.toNanos(i * intervalMillis);
				long wait;
				while ((wait = due - System.nanoTime()) > 0) {
					if (monitor.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
					Thread.sleep(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(wait), 100)));
				}
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				session.publish(topic, payload, qos, retain);
				sent.incrementAndGet();
				monitor.worked(1);
			}
			return Status.OK_STATUS;
		} catch (SessionException e) {
			problem = e.getMessage();
			return Status.OK_STATUS; // said in the publish area; not an error of the workbench
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} finally {
			monitor.done();
		}
	}

	long sent() {
		return sent.get();
	}

	long count() {
		return count;
	}

	String problem() {
		return problem;
	}
}
