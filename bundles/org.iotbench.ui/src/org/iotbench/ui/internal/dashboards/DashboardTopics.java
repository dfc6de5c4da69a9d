package org.iotbench.ui.internal.dashboards;

import java.util.LinkedHashSet;
import java.util.Set;

import org.iotbench.core.Topics;
import org.iotbench.projects.Project;
import org.iotbench.projects.Subscription;
import org.iotbench.sessions.Session;
import org.iotbench.sessions.SessionException;

/**
 * The subscriptions a dashboard adds to its project's session: each topic its widgets read that none of the project's
 * own subscriptions covers, for as long as the dashboard is open. The project's subscriptions are never touched.
 */
final class DashboardTopics implements AutoCloseable {

	/** The QoS of a dashboard's own subscriptions: a switch's status should not be lost. */
	private static final int QOS = 1;

	private final Project project;
	private final Session session;
	private final Set<String> added = new LinkedHashSet<>();

	DashboardTopics(Project project, Session session) {
		this.project = project;
		this.session = session;
	}

	/**
	 * Subscribes to what the widgets now read and the project does not, and unsubscribes what they no longer read.
	 *
	 * @return the first subscription that failed and why, or null
	 */
	String update(Set<String> wanted) {
		String failure = null;
		for (String filter : Set.copyOf(added)) {
			if (!wanted.contains(filter) || coveredByProject(filter)) {
				added.remove(filter);
				if (!ownedByProject(filter)) {
					session.unsubscribe(filter);
				}
			}
		}
		for (String filter : wanted) {
			if (added.contains(filter) || coveredByProject(filter)) {
				continue;
			}
			try {
				session.subscribe(filter, QOS);
				added.add(filter);
			} catch (SessionException e) {
				failure = failure != null ? failure : e.getMessage();
			}
		}
		return failure;
	}

	/** The filters the dashboard subscribed to itself. */
	Set<String> added() {
		return Set.copyOf(added);
	}

	private boolean coveredByProject(String filter) {
		for (Subscription subscription : project.getSubscriptions()) {
			String own = subscription.getTopicFilter();
			if (own != null && Topics.checkFilter(own) == null && Topics.checkFilter(filter) == null
					&& Topics.covers(own, filter)) {
				return true;
			}
		}
		return false;
	}

	private boolean ownedByProject(String filter) {
		return project.getSubscriptions().stream().anyMatch(s -> filter.equals(s.getTopicFilter()));
	}

	@Override
	public void close() {
		for (String filter : added) {
			if (!ownedByProject(filter)) {
				session.unsubscribe(filter);
			}
		}
		added.clear();
	}
}
