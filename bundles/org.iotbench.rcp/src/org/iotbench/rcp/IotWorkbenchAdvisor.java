package org.iotbench.rcp;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Opens the IoT Workbench perspective in one window that remembers its layout. */
final class IotWorkbenchAdvisor extends WorkbenchAdvisor {

	private static final String PERSPECTIVE = "org.iotbench.ui.perspective"; //$NON-NLS-1$
	/** Set once the first window has been placed (maximized). */
	private static final String PLACED = "windowPlaced"; //$NON-NLS-1$
	private static final String GETTING_STARTED_COMMAND = "org.iotbench.ui.commands.gettingStarted"; //$NON-NLS-1$

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(true);
		// a "?" in each dialog: its context help, as F1 gives
		org.eclipse.jface.dialogs.TrayDialog.setDialogHelpAvailable(true);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return PERSPECTIVE;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new WorkbenchWindowAdvisor(configurer) {
			@Override
			public void preWindowOpen() {
				IWorkbenchWindowConfigurer window = getWindowConfigurer();
				// the whole screen the first time (maximizing needs a window manager; this needs none)
				org.eclipse.swt.graphics.Rectangle screen = org.eclipse.swt.widgets.Display.getCurrent()
						.getPrimaryMonitor().getClientArea();
				window.setInitialSize(new Point(screen.width, screen.height));
				window.setShowCoolBar(false);
				window.setShowStatusLine(true);
				window.setShowProgressIndicator(true);
				window.setShowPerspectiveBar(false);
			}

			/**
			 * The first start opens maximized, on the Getting Started page; later ones as the user left the window (the
			 * workbench restores it).
			 */
			/** Help > Getting Started, through its command (the page belongs to the UI bundle). */
			private void openGettingStarted() {
				org.eclipse.ui.handlers.IHandlerService handlers = getWindowConfigurer().getWindow()
						.getService(org.eclipse.ui.handlers.IHandlerService.class);
				try {
					handlers.executeCommand(GETTING_STARTED_COMMAND, null);
				} catch (org.eclipse.core.commands.ExecutionException | org.eclipse.core.commands.common.NotDefinedException
						| org.eclipse.core.commands.NotEnabledException | org.eclipse.core.commands.NotHandledException e) {
					org.eclipse.core.runtime.ILog.of(IotWorkbenchAdvisor.class).error("Getting Started did not open", e); //$NON-NLS-1$
				}
			}

			@Override
			public void postWindowOpen() {
				org.eclipse.core.runtime.preferences.IEclipsePreferences node = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE
						.getNode("org.iotbench.rcp"); //$NON-NLS-1$
				if (!node.getBoolean(PLACED, false)) {
					getWindowConfigurer().getWindow().getShell().setMaximized(true);
					openGettingStarted();
					node.putBoolean(PLACED, true);
					try {
						node.flush();
					} catch (org.osgi.service.prefs.BackingStoreException e) {
						// maximized again next time: harmless
					}
				}
			}
		};
	}
}
