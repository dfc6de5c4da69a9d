package org.iotbench.ui.internal;

import org.eclipse.ui.IStartup;
import org.iotbench.broker.BrokerPreferences;

/** Starts the local broker when the workbench starts, unless the user turned that off. */
public final class BrokerStartup implements IStartup {

	@Override
	public void earlyStartup() {
		if (BrokerPreferences.startWithWorkbench()) {
			BrokerJobs.start().schedule();
		}
		Services.registry().loadProblem().ifPresent(problem -> Log.error(problem.message(), null));
	}
}
