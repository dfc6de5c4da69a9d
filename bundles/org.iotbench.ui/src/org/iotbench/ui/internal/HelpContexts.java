package org.iotbench.ui.internal;

import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/**
 * The context help (F1) of each view, editor and dialog: ids of the contexts in the org.iotbench.help bundle's
 * {@code contexts.xml}, which link to the user guide's pages.
 */
public final class HelpContexts {

	private static final String PREFIX = "org.iotbench.help."; //$NON-NLS-1$
	public static final String BROKER_VIEW = PREFIX + "brokerView"; //$NON-NLS-1$
	public static final String CLIENTS_VIEW = PREFIX + "clientsView"; //$NON-NLS-1$
	public static final String CONNECTION_LOG_VIEW = PREFIX + "connectionLogView"; //$NON-NLS-1$
	public static final String PROJECTS_VIEW = PREFIX + "projectsView"; //$NON-NLS-1$
	public static final String PROJECT_EDITOR = PREFIX + "projectEditor"; //$NON-NLS-1$
	public static final String DASHBOARD_EDITOR = PREFIX + "dashboardEditor"; //$NON-NLS-1$
	public static final String BROKER_PREFERENCES = PREFIX + "brokerPreferences"; //$NON-NLS-1$
	public static final String CLIENT_DIALOG = PREFIX + "clientDialog"; //$NON-NLS-1$
	public static final String PROJECT_DIALOG = PREFIX + "projectDialog"; //$NON-NLS-1$
	public static final String GETTING_STARTED = PREFIX + "gettingStarted"; //$NON-NLS-1$

	/** Every context, for the test that each one has help. */
	public static final String[] ALL = { BROKER_VIEW, CLIENTS_VIEW, CONNECTION_LOG_VIEW, PROJECTS_VIEW, PROJECT_EDITOR,
			DASHBOARD_EDITOR, BROKER_PREFERENCES, CLIENT_DIALOG, PROJECT_DIALOG, GETTING_STARTED };

	private HelpContexts() {
	}

	/** F1 on {@code control} or any control inside it shows the help of {@code context}. */
	public static void set(Control control, String context) {
		PlatformUI.getWorkbench().getHelpSystem().setHelp(control, context);
	}
}
