package org.iotbench.sessions.internal.remote;

import org.eclipse.osgi.util.NLS;

/** The words of remote sessions: settings problems, failure reasons, TLS file problems. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.iotbench.sessions.internal.remote.messages"; //$NON-NLS-1$
	public static String Settings_emptyHost;
	public static String Settings_hostWithScheme;
	public static String Settings_hostWithSpace;
	public static String Settings_badPort;
	public static String Settings_emptyClientId;
	public static String Settings_passwordWithoutUser;
	public static String Settings_badKeepAlive;
	public static String Settings_badSessionExpiry;
	public static String Settings_badConnectTimeout;
	public static String Settings_badWillTopic;
	public static String Settings_badWillQos;
	public static String Settings_noCaFile;
	public static String Settings_certificateWithoutKey;
	public static String Settings_missingFile;
	public static String Settings_unreadableFile;
	public static String Settings_longClientId;
	public static String Settings_insecure;
	public static String Failure_unknownHost;
	public static String Failure_noBroker;
	public static String Failure_unreachable;
	public static String Failure_timeout;
	public static String Failure_badCredentials;
	public static String Failure_notAuthorized;
	public static String Failure_clientIdRejected;
	public static String Failure_protocol;
	public static String Failure_unavailable;
	public static String Failure_busy;
	public static String Failure_banned;
	public static String Failure_quota;
	public static String Failure_useAnotherServer;
	public static String Failure_refused;
	public static String Failure_untrusted;
	public static String Failure_untrustedIssuer;
	public static String Failure_untrustedHost;
	public static String Failure_untrustedExpired;
	public static String Failure_untrustedNotYetValid;
	public static String Failure_notTls;
	public static String Failure_tls;
	public static String Failure_notMqtt;
	public static String Failure_closed;
	public static String Failure_websocket;
	public static String Failure_other;
	public static String Lost_connection;
	public static String Lost_closed;
	public static String Lost_reset;
	public static String Lost_keepAlive;
	public static String Lost_byBroker;
	public static String Lost_takenOver;
	public static String Lost_shuttingDown;
	public static String Lost_reasonCode;
	public static String Reconnect_newSettings;
	public static String Reconnect_next;
	public static String Restore_refused;
	public static String Session_notConnected;
	public static String Session_badQos;
	public static String Session_subscriptionRefused;
	public static String Session_publishFailed;
	public static String Session_tooManyInFlight;
	public static String Session_noClient;
	public static String Tls_setup;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
