package org.iotbench.rcp.help;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.help.IContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.help.AbstractHelpUI;

/**
 * The product's help: the user guide's pages open in the web browser (the product carries no help server), and F1 shows
 * a {@link ContextPopup} with the part's help. Installed into an Eclipse IDE, the IDE's own help shows the same guide.
 */
public final class GuideHelp extends AbstractHelpUI {

	private static final String BUNDLE = "org.iotbench.rcp"; //$NON-NLS-1$

	private ContextPopup popup;

	@Override
	public void displayHelp() {
		displayHelpResource(GuidePages.HOME);
	}

	@Override
	public void displaySearch() {
		displayHelp();
	}

	/**
	 * F1 (bound in plugin.xml: GTK itself gives context help only on Ctrl+F1 and Shift+F1): the help of the control
	 * that has the focus, or of its nearest parent that has help, as SWT does; the guide when none has.
	 */
	@Override
	public void displayDynamicHelp() {
		for (Control control = Display.getCurrent().getFocusControl(); control != null; control = control
				.getParent()) {
			if (control.isListening(SWT.Help)) {
				control.notifyListeners(SWT.Help, new Event());
				return;
			}
		}
		displayHelp();
	}

	@Override
	public void displayContext(IContext context, int x, int y) {
		if (isContextHelpDisplayed()) {
			popup.close();
		}
		Shell shell = Display.getCurrent().getActiveShell();
		popup = new ContextPopup(shell, context, new Point(x, y), this::displayHelpResource);
		popup.open();
	}

	@Override
	public void displayHelpResource(String href) {
		try {
			PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(GuidePages.url(href));
		} catch (IOException | PartInitException e) {
			String message = NLS.bind(Messages.GuideHelp_cannotOpen, href, e.getMessage());
			ILog.of(org.eclipse.core.runtime.Platform.getBundle(BUNDLE))
					.log(new Status(IStatus.ERROR, BUNDLE, message, e));
			MessageDialog.openError(Display.getCurrent().getActiveShell(), Messages.ContextPopup_title, message);
		}
	}

	@Override
	public boolean isContextHelpDisplayed() {
		return popup != null && popup.getShell() != null && !popup.getShell().isDisposed();
	}

	/** The popup shown, for tests. */
	public Shell popupShell() {
		return isContextHelpDisplayed() ? popup.getShell() : null;
	}
}
