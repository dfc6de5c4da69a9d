package org.iotbench.projects.core.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.iotbench.core.Topics;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectKind;
import org.iotbench.projects.ProjectRegistry;
import org.iotbench.projects.RemoteConnection;
import org.iotbench.projects.Subscription;
import org.iotbench.projects.TlsTrust;

/** Everything that must hold before a project is saved, each problem in words. */
final class ProjectValidator {

	private ProjectValidator() {
	}

	static List<String> problems(Project candidate, Project replacing, ProjectRegistry registry) {
		List<String> problems = new ArrayList<>();
		String name = candidate.getName() == null ? "" : candidate.getName().trim(); //$NON-NLS-1$
		if (name.isEmpty()) {
			problems.add("The project needs a name."); //$NON-NLS-1$
		} else if (registry.getProjects().stream()
				.anyMatch(p -> p != replacing && name.equalsIgnoreCase(p.getName()))) {
			problems.add("A project named \"" + name + "\" exists already."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (candidate.getMessageCapacity() < 100 || candidate.getMessageCapacity() > 10_000_000) {
			problems.add("Keep between 100 and 10,000,000 messages."); //$NON-NLS-1$
		}
		for (Subscription subscription : candidate.getSubscriptions()) {
			String problem = Topics.checkFilter(subscription.getTopicFilter());
			if (problem != null) {
				problems.add(problem);
			}
			if (subscription.getQos() < 0 || subscription.getQos() > 2) {
				problems.add("QoS must be 0, 1 or 2."); //$NON-NLS-1$
			}
		}
		if (candidate.getKind() == ProjectKind.REMOTE) {
			connectionProblems(candidate.getConnection(), problems);
		}
		return problems;
	}

	private static void connectionProblems(RemoteConnection connection, List<String> problems) {
		if (connection == null) {
			problems.add("A remote project needs a broker to connect to."); //$NON-NLS-1$
			return;
		}
		String host = connection.getHost() == null ? "" : connection.getHost().trim(); //$NON-NLS-1$
		if (host.isEmpty()) {
			problems.add("Enter the broker's host name or IP address."); //$NON-NLS-1$
		} else if (host.contains("://") || host.contains(" ") || host.contains("/")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			problems.add("Enter only the host name or IP address (like broker.example.org), not a URL: \"" + host //$NON-NLS-1$
					+ "\"."); //$NON-NLS-1$
		}
		if (connection.getPort() < 1 || connection.getPort() > 65535) {
			problems.add("The port must be between 1 and 65535, not " + connection.getPort() + "."); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (connection.getClientId() == null || connection.getClientId().isBlank()) {
			problems.add("Enter a client ID; on public brokers it must be unique."); //$NON-NLS-1$
		}
		if (connection.getKeepAliveSeconds() < 0 || connection.getKeepAliveSeconds() > 65535) {
			problems.add("Keep-alive must be between 0 and 65535 seconds."); //$NON-NLS-1$
		}
		if (connection.getWillTopic() != null && !connection.getWillTopic().isEmpty()) {
			String problem = Topics.checkTopic(connection.getWillTopic());
			if (problem != null) {
				problems.add("Last will: " + problem); //$NON-NLS-1$
			}
		}
		if (connection.getTlsTrust() == TlsTrust.CA_FILE) {
			String ca = connection.getCaFile();
			if (ca == null || ca.isBlank() || !Files.isReadable(Path.of(ca))) {
				problems.add("The CA certificate file cannot be read: " + ca); //$NON-NLS-1$
			}
		}
		if (problems.isEmpty()) {
			// what the session layer would refuse at connect time (will QoS, timeouts, certificate files...)
			problems.addAll(SessionSettings.of(connection, null).validate());
		}
	}
}
