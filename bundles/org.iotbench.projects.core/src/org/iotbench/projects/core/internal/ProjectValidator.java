package org.iotbench.projects.core.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.osgi.util.NLS;

import org.iotbench.core.Topics;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectKind;
import org.iotbench.projects.ProjectRegistry;
import org.iotbench.projects.RemoteConnection;
import org.iotbench.projects.Subscription;
import org.iotbench.projects.TlsTrust;

/** Everything that must hold before a project is saved, each problem in words. */
final class ProjectValidator {

	/** The largest history a project may keep on disk, in megabytes: 100 GB. */
	static final int MAX_HISTORY_MB = 100_000;

	private ProjectValidator() {
	}

	static List<String> problems(Project candidate, Project replacing, ProjectRegistry registry) {
		List<String> problems = new ArrayList<>();
		String name = candidate.getName() == null ? "" : candidate.getName().trim(); //$NON-NLS-1$
		if (name.isEmpty()) {
			problems.add(Messages.Project_noName);
		} else if (registry.getProjects().stream()
				.anyMatch(p -> p != replacing && name.equalsIgnoreCase(p.getName()))) {
			problems.add(NLS.bind(Messages.Project_nameTaken, name));
		}
		if (candidate.getMessageCapacity() < 100 || candidate.getMessageCapacity() > 10_000_000) {
			problems.add(Messages.Project_capacity);
		}
		if (candidate.getHistoryLimit() < 1 || candidate.getHistoryLimit() > MAX_HISTORY_MB) {
			problems.add(Messages.Project_historyLimit);
		}
		for (Subscription subscription : candidate.getSubscriptions()) {
			String problem = Topics.checkFilter(subscription.getTopicFilter());
			if (problem != null) {
				problems.add(problem);
			}
			if (subscription.getQos() < 0 || subscription.getQos() > 2) {
				problems.add(Messages.Project_qos);
			}
		}
		if (candidate.getKind() == ProjectKind.REMOTE) {
			connectionProblems(candidate.getConnection(), problems);
		}
		return problems;
	}

	private static void connectionProblems(RemoteConnection connection, List<String> problems) {
		if (connection == null) {
			problems.add(Messages.Project_noConnection);
			return;
		}
		String host = connection.getHost() == null ? "" : connection.getHost().trim(); //$NON-NLS-1$
		if (host.isEmpty()) {
			problems.add(Messages.Project_noHost);
		} else if (host.contains("://") || host.contains(" ") || host.contains("/")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			problems.add(NLS.bind(Messages.Project_hostIsUrl, host));
		}
		if (connection.getPort() < 1 || connection.getPort() > 65535) {
			problems.add(NLS.bind(Messages.Project_port, Integer.toString(connection.getPort())));
		}
		if (connection.getClientId() == null || connection.getClientId().isBlank()) {
			problems.add(Messages.Project_noClientId);
		}
		if (connection.getKeepAliveSeconds() < 0 || connection.getKeepAliveSeconds() > 65535) {
			problems.add(Messages.Project_keepAlive);
		}
		if (connection.getWillTopic() != null && !connection.getWillTopic().isEmpty()) {
			String problem = Topics.checkTopic(connection.getWillTopic());
			if (problem != null) {
				problems.add(NLS.bind(Messages.Project_will, problem));
			}
		}
		if (connection.getTlsTrust() == TlsTrust.CA_FILE) {
			String ca = connection.getCaFile();
			if (ca == null || ca.isBlank() || !Files.isReadable(Path.of(ca))) {
				problems.add(NLS.bind(Messages.Project_caFile, ca));
			}
		}
		if (problems.isEmpty()) {
			// what the session layer would refuse at connect time (will QoS, timeouts, certificate files...)
			problems.addAll(SessionSettings.of(connection, null).validate());
		}
	}
}
