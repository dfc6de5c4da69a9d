package org.iotbench.ui.internal.handlers;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Shell;
import org.iotbench.ui.internal.Messages;

/** Shows connection details once, with a button that copies them to the clipboard. */
final class DetailsDialog {

	private DetailsDialog() {
	}

	static void open(Shell shell, String details) {
		MessageDialog dialog = new MessageDialog(shell, Messages.Details_title, null,
				details + "\n\n" + Messages.Details_shownOnce, MessageDialog.INFORMATION, 0, //$NON-NLS-1$
				Messages.Details_copy, Messages.Details_close);
		if (dialog.open() == 0) {
			copy(shell, details);
		}
	}

	static void copy(Shell shell, String text) {
		Clipboard clipboard = new Clipboard(shell.getDisplay());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/** Copies, and says so in the status line of the view the command ran in (copying is otherwise invisible). */
	static void copy(org.eclipse.core.commands.ExecutionEvent event, String text, String said) {
		copy(org.eclipse.ui.handlers.HandlerUtil.getActiveShell(event), text);
		if (org.eclipse.ui.handlers.HandlerUtil.getActivePart(event) instanceof org.eclipse.ui.IViewPart view) {
			view.getViewSite().getActionBars().getStatusLineManager().setMessage(said);
		}
	}
}
