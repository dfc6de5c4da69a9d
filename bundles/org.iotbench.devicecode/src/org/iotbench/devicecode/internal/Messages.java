package org.iotbench.devicecode.internal;

import org.eclipse.osgi.util.NLS;

/** The words of the device code generator. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.iotbench.devicecode.internal.messages"; //$NON-NLS-1$
	public static String Language_micropython;
	public static String Language_arduino;
	public static String Language_espIdf;
	public static String Language_python;
	public static String DeviceCode_templateFailed;
	public static String DeviceSetup_noTls;
	public static String DeviceSetup_noAddress;
	public static String DeviceSetup_unencodable;
	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
