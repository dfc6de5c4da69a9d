package org.iotbench.simulator.internal;

import org.eclipse.osgi.util.NLS;

/** The words of the virtual devices. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.iotbench.simulator.internal.messages"; //$NON-NLS-1$
	public static String Template_invalid;
	public static String Template_invalidAt;
	public static String Template_failed;
	public static String Template_noCsv;
	public static String Template_arguments;
	public static String Template_argumentRange;
	public static String Template_notNumber;
	public static String Csv_empty;
	public static String Csv_noRows;
	public static String Csv_tooLong;
	public static String Csv_noColumn;
	public static String Settings_noClientId;
	public static String Settings_interval;
	public static String Settings_qos;
	public static String Settings_port;
	public static String Settings_count;
	public static String Device_notConnected;
	public static String Device_badCredentials;
	public static String Device_notAuthorized;
	public static String Device_lost;
	public static String Device_notSubscribed;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
