package org.iotbench.ui.internal.bridges;

import org.eclipse.osgi.util.NLS;
import org.iotbench.bridges.Bridge;
import org.iotbench.bridges.runtime.BridgeCheck;
import org.iotbench.bridges.runtime.TopicMapping;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectsFactory;
import org.iotbench.projects.RemoteConnection;
import org.iotbench.projects.Subscription;
import org.iotbench.projects.TlsTrust;
import org.iotbench.projects.Transport;
import org.iotbench.projects.core.ProjectService;
import org.iotbench.ui.internal.Messages;

/**
 * A remote project that watches what a bridge carries, at its upstream: the same broker, transport and certificates,
 * a client ID of its own (a second connection with the bridge's ID would throw the bridge out), and a subscription to
 * each rule's topics there. The user name is the bridge's; the password is asked for in the project dialog.
 */
public final class UpstreamProject {

	private UpstreamProject() {
	}

	public static Project of(Bridge bridge, ProjectService projects) {
		Project project = projects.newRemoteProject();
		project.setName(NLS.bind(Messages.Bridges_projectName, bridge.getName()));
		project.setDescription(NLS.bind(Messages.Bridges_projectDescription, bridge.getName()));
		RemoteConnection connection = project.getConnection();
		connection.setHost(bridge.getHost());
		connection.setPort(bridge.getPort());
		connection.setTransport(bridge.isTls() ? Transport.TLS : Transport.TCP);
		connection.setUsername(bridge.getUserName());
		if (bridge.isTls() && !blank(bridge.getCaFile())) {
			connection.setTlsTrust(TlsTrust.CA_FILE);
			connection.setCaFile(bridge.getCaFile());
		}
		if (bridge.isTls() && !blank(bridge.getCertificateFile())) {
			connection.setClientCertificateFile(bridge.getCertificateFile());
			connection.setClientKeyFile(bridge.getKeyFile());
		}
		if (BridgeCheck.problems(bridge).isEmpty()) {
			bridge.getRules().stream().map(TopicMapping::of).map(TopicMapping::remoteFilter).distinct()
					.forEach(filter -> {
						Subscription subscription = ProjectsFactory.eINSTANCE.createSubscription();
						subscription.setTopicFilter(filter);
						subscription.setQos(1);
						project.getSubscriptions().add(subscription);
					});
		}
		return project;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
