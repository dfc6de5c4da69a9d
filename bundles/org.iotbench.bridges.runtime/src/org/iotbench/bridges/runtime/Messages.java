package org.iotbench.bridges.runtime;

import org.eclipse.osgi.util.NLS;

/** The bridges' messages to the user. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.iotbench.bridges.runtime.messages"; //$NON-NLS-1$
	public static String Check_name;
	public static String Check_noHost;
	public static String Check_host;
	public static String Check_port;
	public static String Check_noClientId;
	public static String Check_clientIdNul;
	public static String Check_keepAlive;
	public static String Check_queueLimit;
	public static String Check_certificatePair;
	public static String Check_noRules;
	public static String Check_qos;
	public static String Check_prefix;
	public static String File_unreadable;
	public static String File_unreadableKept;
	public static String File_notWritten;
	public static String Password_unreadable;
	public static String Password_notSaved;
	public static String Link_queueUnreadable;
	public static String Link_subscriptionRefused;
	public static String Link_subscriptionFailed;
	public static String Rule_syntax;
	public static String Rule_direction;
	public static String Rule_qos;
	public static String Rule_quote;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
