package org.iotbench.history.internal;

import org.eclipse.osgi.util.NLS;

/** The words of the message history. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.iotbench.history.internal.messages"; //$NON-NLS-1$
	public static String History_notClosed;
	public static String History_locked;
	public static String History_repaired;
	public static String History_unreadable;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
