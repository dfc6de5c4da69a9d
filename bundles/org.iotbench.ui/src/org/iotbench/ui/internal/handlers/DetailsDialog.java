package org.iotbench.ui.internal.handlers;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.TextClipboard;

/** Shows connection details once, with a button that copies them to the clipboard. */
final class DetailsDialog {

	private DetailsDialog() {
	}

	static void open(Shell shell, String details) {
		MessageDialog dialog = new MessageDialog(shell, Messages.Details_title, null,
				details + "\n\n" + Messages.Details_shownOnce, MessageDialog.INFORMATION, 0, //$NON-NLS-1$
				Messages.Details_copy, Messages.Details_close);
		if (dialog.open() == 0) {
			TextClipboard.copy(shell.getDisplay(), details);
		}
	}
}
