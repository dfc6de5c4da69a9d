package org.iotbench.ui.internal;

import org.eclipse.ui.IStartup;
import org.iotbench.broker.BrokerPreferences;

/**
 * Starts the local broker when the workbench starts, unless the user turned that off, and connects the remote
 * projects that were connected at the last exit.
 */
public final class BrokerStartup implements IStartup {

	@Override
	public void earlyStartup() {
		if (BrokerPreferences.startWithWorkbench()) {
			BrokerJobs.start().schedule();
		}
		Services.registry().loadProblem().ifPresent(problem -> Log.error(problem.message(), null));
		org.iotbench.ui.internal.projects.ConnectedProjects.install(org.eclipse.ui.PlatformUI.getWorkbench());
		org.iotbench.ui.internal.simulator.VirtualDevices.install(org.eclipse.ui.PlatformUI.getWorkbench());
	}
}
