package org.iotbench.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/** The Error Log of this bundle. */
public final class Log {

	private static final String BUNDLE = "org.iotbench.ui"; //$NON-NLS-1$

	private Log() {
	}

	public static void error(String message, Throwable cause) {
		ILog.of(Log.class).log(new Status(IStatus.ERROR, BUNDLE, message, cause));
	}

	public static void info(String message) {
		ILog.of(Log.class).log(new Status(IStatus.INFO, BUNDLE, message));
	}
}
