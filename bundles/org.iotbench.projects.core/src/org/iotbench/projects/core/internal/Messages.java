package org.iotbench.projects.core.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.iotbench.projects.core.internal.messages"; //$NON-NLS-1$
	public static String Project_noName;
	public static String Project_nameTaken;
	public static String Project_capacity;
	public static String Project_historyLimit;
	public static String Project_qos;
	public static String Project_noConnection;
	public static String Project_noHost;
	public static String Project_hostIsUrl;
	public static String Project_port;
	public static String Project_noClientId;
	public static String Project_keepAlive;
	public static String Project_will;
	public static String Project_caFile;
	public static String Project_localName;
	public static String Project_remoteName;
	public static String Project_gone;
	public static String Project_subscriptionNotApplied;
	public static String Project_historyNotDeleted;
	public static String Projects_unreadable;
	public static String Projects_unreadableNotMoved;
	public static String Projects_notSaved;
	public static String Import_noFile;
	public static String Import_notProjects;
	public static String Import_invalid;
	public static String Secrets_notRead;
	public static String Secrets_unavailable;
	public static String Secrets_notSaved;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
