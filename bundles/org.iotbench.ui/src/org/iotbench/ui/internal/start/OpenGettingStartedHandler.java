package org.iotbench.ui.internal.start;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.ui.internal.Log;

/** Help > Getting Started: opens the page (or brings it to the front). */
public final class OpenGettingStartedHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage());
		return null;
	}

	/** Opens the page in a workbench page (also on the first start). */
	public static void open(IWorkbenchPage page) {
		try {
			page.openEditor(GettingStartedInput.INSTANCE, GettingStartedEditor.ID);
		} catch (PartInitException e) {
			Log.error(e.getMessage(), e);
		}
	}
}
