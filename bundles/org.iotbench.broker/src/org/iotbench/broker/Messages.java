package org.iotbench.broker;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.iotbench.broker.messages"; //$NON-NLS-1$
	public static String Closed_violation;
	public static String Failure_moquetteVersion;
	public static String Loop_failed;
	public static String Violation_remainingLength;
	public static String Violation_notConnected;
	public static String Violation_secondConnect;
	public static String Violation_serverPacket;
	public static String Violation_unknownType;
	public static String Violation_flags;
	public static String Violation_reservedConnectFlag;
	public static String Violation_willQos;
	public static String Violation_willFlags;
	public static String Violation_passwordWithoutUser;
	public static String Violation_willTopic;
	public static String Violation_publishQos;
	public static String Violation_dupQos0;
	public static String Violation_emptyTopic;
	public static String Violation_noFilters;
	public static String Violation_requestedQos;
	public static String Violation_filter;
	public static String Violation_packetIdZero;
	public static String Violation_tooShort;
	public static String Violation_extraBytes;
	public static String Violation_utf8;
	public static String Violation_nul;
	public static String Field_protocolName;
	public static String Field_protocolLevel;
	public static String Field_connectFlags;
	public static String Field_keepAlive;
	public static String Field_clientId;
	public static String Field_willTopic;
	public static String Field_willMessage;
	public static String Field_username;
	public static String Field_password;
	public static String Field_topic;
	public static String Field_topicFilter;
	public static String Field_requestedQos;
	public static String Field_packetId;
	public static String Settings_badPort;
	public static String Settings_emptyAddress;
	public static String Settings_notLocalAddress;
	public static String Settings_unknownAddress;
	public static String Settings_badListenerPort;
	public static String Settings_samePort;
	public static String Settings_noCertificateFile;
	public static String Settings_noKeyFile;
	public static String Settings_noPkcs12File;
	public static String Settings_missingFile;
	public static String Settings_unreadableFile;
	public static String Listener_mqtt;
	public static String Listener_tls;
	public static String Listener_webSocket;
	public static String Listener_secureWebSocket;
	public static String Status_running;
	public static String Status_starting;
	public static String Status_stopped;
	public static String Status_failed;
	public static String Status_retainedUnreadable;
	public static String Status_retainedNotSaved;
	public static String Failure_portInUse;
	public static String Failure_permission;
	public static String Failure_addressNotAvailable;
	public static String Failure_other;
	public static String Failure_tls;
	public static String Password_noSecureStorage;
	public static String Password_notSaved;
	public static String Failure_lanCertificate;
	public static String Refusal_badUsername;
	public static String Refusal_noPassword;
	public static String Refusal_noCredentials;
	public static String Refusal_protocol;
	public static String Refusal_emptyClientId;
	public static String Refusal_notRunning;
	public static String Event_disconnectedByUser;
	public static String Event_connectionLost;
	public static String Event_disabled;
	public static String Event_takenOver;
	public static String Event_removed;

	public static String Closed_tooLarge;
	public static String Closed_subscribeBeforeConnack;
	public static String Closed_protocolError;

	public static String Denied_publish;
	public static String Denied_subscribe;
	public static String Denied_systemTopic;

	public static String Closed_invalidTopic;
	public static String Closed_tooManyEarlyPackets;
	public static String Dropped_slowSubscriber;
	public static String Dropped_queueFull;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
