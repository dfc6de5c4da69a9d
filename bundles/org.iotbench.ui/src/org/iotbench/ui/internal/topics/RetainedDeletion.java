package org.iotbench.ui.internal.topics;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.iotbench.sessions.Session;
import org.iotbench.sessions.SessionException;
import org.iotbench.ui.internal.Messages;

/**
 * Deletes retained messages as MQTT does: an empty retained message on each topic. For a local project the
 * workbench's broker forgets them; for a remote one the remote broker does. The topic tree sees the empty messages go
 * out and takes the markers away.
 */
public final class RetainedDeletion extends Job {

	private static final String BUNDLE = "org.iotbench.ui"; //$NON-NLS-1$

	private final Session session;
	private final List<String> topics;

	public RetainedDeletion(Session session, List<String> topics) {
		super(NLS.bind(Messages.Topics_deleteRetainedJob, topics.size()));
		this.session = session;
		this.topics = List.copyOf(topics);
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, topics.size());
		MultiStatus problems = new MultiStatus(BUNDLE, 0, Messages.Topics_deleteRetainedFailed);
		for (String topic : topics) {
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			progress.subTask(topic);
			try {
				session.publish(topic, new byte[0], 1, true);
			} catch (SessionException e) {
				problems.add(Status.error(NLS.bind(Messages.Topics_deleteRetainedNot, topic, e.getMessage()), e));
				if (problems.getChildren().length >= 10) {
					break; // the session is gone: one reason is enough
				}
			}
			progress.worked(1);
		}
		return problems.isOK() ? Status.OK_STATUS : problems;
	}
}
