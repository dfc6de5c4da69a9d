package org.iotbench.ui.internal.projects;

import org.eclipse.swt.graphics.Image;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectKind;
import org.iotbench.sessions.SessionState;
import org.iotbench.sessions.SessionStatus;
import org.iotbench.ui.internal.Images;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;

/** A project's state as the project list shows it. */
public final class ProjectStates {

	private ProjectStates() {
	}

	static SessionStatus status(Project project) {
		return Services.projects().openSession(project).map(s -> s.status()).orElseGet(() -> {
			if (project.getKind() == ProjectKind.LOCAL) {
				var broker = Services.broker().status();
				return broker.running() ? new SessionStatus(SessionState.CONNECTED, "") //$NON-NLS-1$
						: broker.state() == org.iotbench.broker.BrokerState.STOPPED
								? new SessionStatus(SessionState.DISCONNECTED, Messages.Projects_brokerStopped)
								: new SessionStatus(SessionState.FAILED, broker.summary());
			}
			return SessionStatus.DISCONNECTED;
		});
	}

	/** The state in words, with the reason when there is one: "Connected", "Failed: the broker refused ...". */
	public static String text(Project project) {
		SessionStatus status = status(project);
		String state = switch (status.state()) {
		case CONNECTED -> project.getKind() == ProjectKind.LOCAL ? Messages.Projects_live : Messages.Projects_connected;
		case CONNECTING -> Messages.Projects_connecting;
		case RECONNECTING -> Messages.Projects_reconnecting;
		case DISCONNECTED -> project.getKind() == ProjectKind.LOCAL ? Messages.Projects_waiting
				: Messages.Projects_disconnected;
		case FAILED -> Messages.Projects_failed;
		};
		return status.reason() == null || status.reason().isEmpty() ? state : state + ": " + status.reason(); //$NON-NLS-1$
	}

	static Image image(Project project) {
		return switch (status(project).state()) {
		case CONNECTED -> Images.get(Images.ONLINE);
		case FAILED -> Images.get(Images.REFUSED);
		default -> Images.get(Images.OFFLINE);
		};
	}
}
