package org.iotbench.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.ui.internal.views.ConnectionLogView;

/** Empties the connection log view. */
public final class ClearConnectionLogHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof ConnectionLogView view) {
			view.clear();
		}
		return null;
	}
}
