package org.iotbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.iotbench.ui.internal.BrokerJobs;

/** Restart the local broker, for example after changing its preferences. */
public final class RestartBrokerHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		BrokerJobs.restart().schedule();
		return null;
	}
}
