package org.iotbench.ui.internal.projects;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Services;

/** Opens the payload format declarations of the active project editor's project, or of the project selected. */
public final class PayloadFormatsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		Project project = null;
		if (part instanceof ProjectEditor editor) {
			project = editor.project();
		} else if (HandlerUtil.getCurrentStructuredSelection(event).getFirstElement() instanceof Project selected) {
			project = selected;
		} else {
			IEditorPart active = HandlerUtil.getActiveEditor(event);
			if (active instanceof ProjectEditor editor) {
				project = editor.project();
			}
		}
		if (project != null) {
			new PayloadFormatsDialog(HandlerUtil.getActiveShell(event), project, Services.projects(), null, null).open();
		}
		return null;
	}
}
