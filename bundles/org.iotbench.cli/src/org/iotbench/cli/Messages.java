package org.iotbench.cli;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.iotbench.cli.messages"; //$NON-NLS-1$
	public static String Usage;
	public static String UnknownCommand;
	public static String UnknownOption;
	public static String MissingValue;
	public static String UnexpectedArgument;
	public static String Broker_clients;
	public static String Broker_anonymousAllowed;
	public static String Broker_anonymousRefused;
	public static String Broker_stopHint;
	public static String Broker_stopped;
	public static String Clients_missingAction;
	public static String Clients_missingFile;
	public static String Clients_unreadableFile;
	public static String Clients_notImported;
	public static String Clients_imported;
	public static String Clients_generatedHead;
	public static String Clients_exported;
	public static String Clients_unknownAction;
	public static String Clients_missingId;
	public static String Clients_missingOption;
	public static String Clients_noPasswordOnStdin;
	public static String Clients_added;
	public static String Clients_removed;
	public static String Clients_enabled;
	public static String Clients_disabled;
	public static String Clients_none;
	public static String Clients_headId;
	public static String Clients_headName;
	public static String Clients_headEnabled;
	public static String Clients_headLastSeen;
	public static String Clients_yes;
	public static String Clients_no;
	public static String Clients_never;

	public static String Clients_permitted;
	public static String Simulate_started;
	public static String Simulate_sent;
	public static String Simulate_unreadable;
	public static String Simulate_badNumber;
	public static String Code_unknownLanguage;
	public static String Code_unknownClient;
	public static String Code_refused;
	public static String Code_placeholder;
	public static String Code_disabled;
	public static String Code_notWritten;
	public static String Code_written;

	public static String Bridges_missingAction;
	public static String Bridges_unknownAction;
	public static String Bridges_missingName;
	public static String Bridges_missingTopic;
	public static String Bridges_notANumber;
	public static String Bridges_notAdded;
	public static String Bridges_exists;
	public static String Bridges_unknown;
	public static String Bridges_added;
	public static String Bridges_removed;
	public static String Bridges_enabled;
	public static String Bridges_disabled;
	public static String Bridges_queueKept;
	public static String Bridges_none;
	public static String Bridges_line;
	public static String Bridges_on;
	public static String Bridges_off;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
