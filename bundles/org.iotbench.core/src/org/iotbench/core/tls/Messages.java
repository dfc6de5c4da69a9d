package org.iotbench.core.tls;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.iotbench.core.tls.messages"; //$NON-NLS-1$
	public static String Tls_unreadable;
	public static String Tls_noCertificate;
	public static String Tls_noKey;
	public static String Tls_encryptedKey;
	public static String Tls_oldKeyFormat;
	public static String Tls_unsupportedKey;
	public static String Tls_keyMismatch;
	public static String Tls_wrongPassword;
	public static String Tls_noKeyEntry;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
