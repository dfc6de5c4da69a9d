package org.iotbench.ui.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.iotbench.ui.internal.messages"; //$NON-NLS-1$
	public static String Job_startBroker;
	public static String Job_stopBroker;
	public static String Job_restartBroker;
	public static String ClientsView_name;
	public static String ClientsView_clientId;
	public static String ClientsView_state;
	public static String ClientsView_address;
	public static String ClientsView_lastSeen;
	public static String ClientsView_description;
	public static String ClientsView_online;
	public static String ClientsView_offline;
	public static String ClientsView_disabled;
	public static String ClientsView_never;
	public static String BrokerView_counters;
	public static String BrokerView_connectWith;
	public static String BrokerView_endpoint;
	public static String BrokerView_anonymousAllowed;
	public static String BrokerView_registeredOnly;
	public static String BrokerView_failedHelp;
	public static String BrokerView_stoppedHelp;
	public static String LogView_time;
	public static String LogView_event;
	public static String LogView_clientId;
	public static String LogView_username;
	public static String LogView_address;
	public static String LogView_reason;
	public static String LogView_connected;
	public static String LogView_refused;
	public static String LogView_disconnected;
	public static String LogView_lost;
	public static String ClientDialog_registerTitle;
	public static String ClientDialog_editTitle;
	public static String ClientDialog_registerMessage;
	public static String ClientDialog_editMessage;
	public static String ClientDialog_name;
	public static String ClientDialog_clientId;
	public static String ClientDialog_password;
	public static String ClientDialog_newPassword;
	public static String ClientDialog_keepPassword;
	public static String ClientDialog_showPassword;
	public static String ClientDialog_generate;
	public static String ClientDialog_description;
	public static String ClientDialog_register;
	public static String Details_title;
	public static String Details_text;
	public static String Details_passwordUnknown;
	public static String Details_shownOnce;
	public static String Details_copy;
	public static String Details_close;
	public static String Delete_title;
	public static String Delete_question;
	public static String Handler_errorTitle;
	public static String Preferences_description;
	public static String Preferences_port;
	public static String Preferences_portError;
	public static String Preferences_bindAddress;
	public static String Preferences_allowAnonymous;
	public static String Preferences_startWithWorkbench;
	public static String Preferences_restartTitle;
	public static String Preferences_restartQuestion;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
