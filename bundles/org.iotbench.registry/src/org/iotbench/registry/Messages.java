package org.iotbench.registry;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.iotbench.registry.messages"; //$NON-NLS-1$
	public static String Verdict_accepted;
	public static String Verdict_unknownClient;
	public static String Verdict_disabled;
	public static String Verdict_wrongPassword;
	public static String Verdict_noPassword;
	public static String Registry_duplicateId;
	public static String Registry_twiceInFleet;
	public static String Fleet_line;
	public static String Fleet_entry;
	public static String Fleet_noId;
	public static String Fleet_noPassword;
	public static String Fleet_unknownColumn;
	public static String Fleet_header;
	public static String Fleet_tooManyCells;
	public static String Fleet_empty;
	public static String Fleet_badJson;
	public static String Fleet_notArray;
	public static String Fleet_notObject;
	public static String Fleet_badEnabled;
	public static String Fleet_exportComment;
	public static String Registry_emptyId;
	public static String Registry_invalidId;
	public static String Registry_idTooLong;
	public static String Registry_emptyPassword;
	public static String Registry_unknownId;
	public static String Registry_unreadable;
	public static String Registry_readOnly;
	public static String Registry_saveFailed;

	public static String Registry_badPattern;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
