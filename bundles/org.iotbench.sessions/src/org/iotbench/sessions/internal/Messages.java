package org.iotbench.sessions.internal;

import org.eclipse.osgi.util.NLS;

/** The words of local sessions. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.iotbench.sessions.internal.messages"; //$NON-NLS-1$
	public static String LocalSession_brokerNotRunning;
	public static String LocalSession_brokerStopped;
	public static String LocalSession_notConnected;
	public static String LocalSession_closed;
	public static String LocalSession_tooLarge;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
