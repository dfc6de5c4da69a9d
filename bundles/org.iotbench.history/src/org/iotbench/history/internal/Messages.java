package org.iotbench.history.internal;

import org.eclipse.osgi.util.NLS;

/** The words of the message history. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.iotbench.history.internal.messages"; //$NON-NLS-1$
	public static String History_notClosed;
	public static String History_locked;
	public static String History_repaired;
	public static String History_unreadable;
	public static String MessageFile_unknownFormat;
	public static String MessageFile_badLine;
	public static String MessageFile_badEntry;
	public static String MessageFile_notUtf8;
	public static String MessageFile_noColumn;
	public static String MessageFile_afterArray;
	public static String MessageFile_notObject;
	public static String MessageFile_noTopic;
	public static String MessageFile_badTime;
	public static String MessageFile_badQos;
	public static String MessageFile_badBase64;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
