package org.iotbench.ui.internal.projects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectKind;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.projects.core.ProjectService;
import org.iotbench.sessions.Session;
import org.iotbench.sessions.SessionState;
import org.iotbench.ui.internal.Log;
import org.iotbench.ui.internal.Services;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Remote projects that were connected when the workbench closed connect again when it starts, as a user who left
 * them connected expects (local projects are live whenever the broker runs). Their IDs are kept in the UI's
 * preferences.
 */
public final class ConnectedProjects {

	private static final String NODE = "org.iotbench.ui"; //$NON-NLS-1$
	private static final String KEY = "remoteProjectsConnectedAtExit"; //$NON-NLS-1$
	private static final Set<SessionState> CONNECTED = Set.of(SessionState.CONNECTED, SessionState.CONNECTING,
			SessionState.RECONNECTING);

	private ConnectedProjects() {
	}

	/** Connects what was connected at the last exit, and remembers what is connected at this one. */
	public static void install(IWorkbench workbench) {
		reconnect(Services.projects());
		workbench.addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench closing, boolean forced) {
				remember(Services.projects());
				return true;
			}

			@Override
			public void postShutdown(IWorkbench closed) {
				// nothing
			}
		});
	}

	/** Saves the IDs of the remote projects connected (or trying to be) now. */
	public static void remember(ProjectService projects) {
		List<String> ids = new ArrayList<>();
		for (Project project : projects.registry().getProjects()) {
			if (project.getKind() == ProjectKind.REMOTE && project.getId() != null && projects.openSession(project)
					.map(session -> CONNECTED.contains(session.status().state())).orElse(false)) {
				ids.add(project.getId());
			}
		}
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		node.put(KEY, String.join(",", ids)); //$NON-NLS-1$
		try {
			node.flush();
		} catch (BackingStoreException e) {
			Log.error(e.getMessage(), e);
		}
	}

	/** Connects the remote projects that were connected at the last exit. */
	public static void reconnect(ProjectService projects) {
		List<String> ids = Arrays.asList(InstanceScope.INSTANCE.getNode(NODE).get(KEY, "").split(",")); //$NON-NLS-1$ //$NON-NLS-2$
		for (Project project : projects.registry().getProjects()) {
			if (project.getKind() == ProjectKind.REMOTE && ids.contains(project.getId())) {
				try {
					Session session = projects.session(project);
					session.connect();
				} catch (ProjectException e) {
					Log.error(e.getMessage(), e);
				}
			}
		}
	}
}
