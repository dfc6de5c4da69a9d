package org.iotbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.iotbench.ui.internal.BrokerJobs;

/** Stop the local broker; connected devices are disconnected. */
public final class StopBrokerHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		BrokerJobs.stop().schedule();
		return null;
	}
}
