package org.iotbench.rcp.help;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.iotbench.rcp.help.messages"; //$NON-NLS-1$
	public static String ContextPopup_title;
	public static String ContextPopup_info;
	public static String ContextPopup_guide;
	public static String GuideHelp_cannotOpen;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
