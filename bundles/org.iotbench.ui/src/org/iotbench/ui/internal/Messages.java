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

	public static String Messages_count;
	public static String Messages_filterHint;
	public static String Messages_payload;
	public static String Messages_qos;
	public static String Messages_retained;
	public static String Messages_time;
	public static String Messages_topic;
	public static String ProjectDialog_autoReconnect;
	public static String ProjectDialog_badNumber;
	public static String ProjectDialog_browse;
	public static String ProjectDialog_caFile;
	public static String ProjectDialog_capacity;
	public static String ProjectDialog_certificate;
	public static String ProjectDialog_cleanStart;
	public static String ProjectDialog_clientId;
	public static String ProjectDialog_connection;
	public static String ProjectDialog_description;
	public static String ProjectDialog_editTitle;
	public static String ProjectDialog_general;
	public static String ProjectDialog_host;
	public static String ProjectDialog_keepAlive;
	public static String ProjectDialog_keepPassword;
	public static String ProjectDialog_key;
	public static String ProjectDialog_localMessage;
	public static String ProjectDialog_localTitle;
	public static String ProjectDialog_name;
	public static String ProjectDialog_newTitle;
	public static String ProjectDialog_password;
	public static String ProjectDialog_port;
	public static String ProjectDialog_publicBrokerWarning;
	public static String ProjectDialog_remoteMessage;
	public static String ProjectDialog_remoteTitle;
	public static String ProjectDialog_security;
	public static String ProjectDialog_sessionExpiry;
	public static String ProjectDialog_transport;
	public static String ProjectDialog_trust;
	public static String ProjectDialog_trustCa;
	public static String ProjectDialog_trustInsecure;
	public static String ProjectDialog_trustSystem;
	public static String ProjectDialog_username;
	public static String ProjectDialog_version;
	public static String ProjectDialog_websocketPath;
	public static String ProjectDialog_will;
	public static String ProjectDialog_willPayload;
	public static String ProjectDialog_willQos;
	public static String ProjectDialog_willRetain;
	public static String ProjectDialog_willTopic;
	public static String Projects_connect;
	public static String Projects_connected;
	public static String Projects_connecting;
	public static String Projects_deleteQuestion;
	public static String Projects_deleteTitle;
	public static String Projects_disconnect;
	public static String Projects_disconnected;
	public static String Projects_failed;
	public static String Projects_kind;
	public static String Projects_live;
	public static String Projects_local;
	public static String Projects_name;
	public static String Projects_reconnecting;
	public static String Projects_remote;
	public static String Projects_state;
	public static String Publish_payloadHint;
	public static String Publish_retain;
	public static String Publish_send;
	public static String Publish_topicHint;
	public static String Subscriptions_add;
	public static String Subscriptions_aliasHint;
	public static String Subscriptions_checkTip;
	public static String Subscriptions_duplicate;
	public static String Subscriptions_filter;
	public static String Subscriptions_filterHint;
	public static String Subscriptions_localQos;
	public static String Subscriptions_remove;
	public static String Subscriptions_title;

	public static String MessageProperty_category;
	public static String MessageProperty_direction;
	public static String MessageProperty_retained;
	public static String MessageProperty_size;
	public static String MessageProperty_format;
	public static String MessageProperty_sequence;

	public static String Subscriptions_colour;
	public static String Subscriptions_alias;

	public static String LogView_closed;

	public static String BrokerView_traffic;

	public static String LogView_denied;
	public static String LogView_dropped;

	public static String ClientDialog_publish;
	public static String ClientDialog_subscribe;
	public static String ClientDialog_anywhere;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
