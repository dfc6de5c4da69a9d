package org.iotbench.core;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.iotbench.core.messages"; //$NON-NLS-1$
	public static String Topic_empty;
	public static String Topic_wildcard;
	public static String Topic_emptyFilter;
	public static String Topic_hash;
	public static String Topic_plus;
	public static String Topic_nul;
	public static String Topic_tooLong;
	public static String Csv_openQuote;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
