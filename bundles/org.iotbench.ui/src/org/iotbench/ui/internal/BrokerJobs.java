package org.iotbench.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.iotbench.broker.BrokerPreferences;
import org.iotbench.broker.BrokerState;
import org.iotbench.broker.BrokerStatus;

/** Start, stop and restart run as jobs: binding a port or closing a hundred connections must not block the UI. */
public final class BrokerJobs {


	private BrokerJobs() {
	}

	public static Job start() {
		return job(Messages.Job_startBroker, () -> report(Services.broker().start(BrokerPreferences.load())));
	}

	public static Job stop() {
		return job(Messages.Job_stopBroker, () -> Services.broker().stop());
	}

	public static Job restart() {
		return job(Messages.Job_restartBroker, () -> report(Services.broker().restart()));
	}

	/** Restarts the broker with the settings now in the preferences; {@link #restart()} keeps the running ones. */
	public static Job restartWithPreferences() {
		return job(Messages.Job_restartBroker, () -> report(Services.broker().start(BrokerPreferences.load())));
	}

	private static Job job(String name, Runnable work) {
		Job job = new Job(name) {
			@Override
			protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(name, IProgressMonitor.UNKNOWN);
				work.run();
				monitor.done();
				return Status.OK_STATUS;
			}

		};
		job.setRule(BrokerRule.INSTANCE);
		return job;
	}

	private static void report(BrokerStatus status) {
		if (status.state() == BrokerState.FAILED) {
			Log.error(status.summary(), null);
		}
	}

	/** One broker job at a time. */
	private enum BrokerRule implements org.eclipse.core.runtime.jobs.ISchedulingRule {
		INSTANCE;

		@Override
		public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
			return rule == this;
		}
	}
}
