package org.iotbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.iotbench.ui.internal.BrokerJobs;

/** Start the local broker with the settings from the preferences. */
public final class StartBrokerHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		BrokerJobs.start().schedule();
		return null;
	}
}
