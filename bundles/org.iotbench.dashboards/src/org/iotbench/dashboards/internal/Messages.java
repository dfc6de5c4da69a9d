package org.iotbench.dashboards.internal;

import org.eclipse.osgi.util.NLS;

/** The words of the dashboards' model. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.iotbench.dashboards.internal.messages"; //$NON-NLS-1$
	public static String Condition_noOperand;
	public static String Condition_notNumber;
	public static String Zones_bad;
	public static String Choices_noLabel;
	public static String Choices_none;
	public static String Payload_unknownVariable;
	public static String Payload_unclosed;
	public static String Check_controlWildcard;
	public static String Check_qos;
	public static String Check_range;
	public static String Check_step;
	public static String Check_path;
	public static String Check_switchSame;
	public static String Check_place;
	public static String Check_stale;
	public static String Check_window;
	public static String Check_noLine;
	public static String File_bad;
	public static String File_notUtf8;
	public static String File_notDashboard;
	public static String File_newer;
	public static String File_widget;
	public static String File_noKind;
	public static String File_notList;
	public static String File_notObject;
	public static String File_badValue;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
