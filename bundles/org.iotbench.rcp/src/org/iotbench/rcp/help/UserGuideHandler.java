package org.iotbench.rcp.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;

/** Help > User Guide: the guide's first page in the web browser. */
public final class UserGuideHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		PlatformUI.getWorkbench().getHelpSystem().displayHelp();
		return null;
	}
}
