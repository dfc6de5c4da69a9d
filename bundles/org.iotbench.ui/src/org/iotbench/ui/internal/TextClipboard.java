package org.iotbench.ui.internal;

import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;

/** Copies text to the system clipboard, and says so where the user looks: copying is otherwise invisible. */
public final class TextClipboard {

	private TextClipboard() {
	}

	public static void copy(Display display, String text) {
		Clipboard clipboard = new Clipboard(display);
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/** Copies, and shows {@code said} in the status line of the part the user copied from. */
	public static void copy(IWorkbenchPart part, String text, String said) {
		copy(part.getSite().getShell().getDisplay(), text);
		if (part.getSite() instanceof IViewSite site) {
			site.getActionBars().getStatusLineManager().setMessage(said);
		} else if (part.getSite() instanceof IEditorSite site) {
			site.getActionBars().getStatusLineManager().setMessage(said);
		}
	}
}
