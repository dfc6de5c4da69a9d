package org.iotbench.ui.internal.projects;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The commands on a project's messages, for the active project editor: export what the list shows, import a file,
 * replay a file, clear the messages. The command's id says which.
 */
public final class ProjectMessagesHandler extends AbstractHandler {

	static final String PREFIX = "org.iotbench.ui.commands."; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof ProjectEditor editor)) {
			return null;
		}
		MessageFiles files = editor.files();
		switch (event.getCommand().getId().substring(PREFIX.length())) {
		case "exportMessages" -> files.exportShown(); //$NON-NLS-1$
		case "importMessages" -> files.importFile(); //$NON-NLS-1$
		case "replayMessages" -> files.replayFile(); //$NON-NLS-1$
		case "clearMessages" -> files.clear(); //$NON-NLS-1$
		default -> throw new IllegalArgumentException(event.getCommand().getId());
		}
		return null;
	}
}
