package org.iotbench.ui.internal.dashboards;

import org.eclipse.osgi.util.NLS;
import org.iotbench.ui.internal.Messages;

/** How old a value is, in the words a widget shows: "now", "12 s", "5 min", "3 h", "2 d". */
final class Ages {

	private Ages() {
	}

	static String of(long millis) {
		long seconds = Math.max(0, millis / 1000);
		if (seconds < 2) {
			return Messages.Age_now;
		}
		if (seconds < 60) {
			return NLS.bind(Messages.Age_seconds, Long.toString(seconds));
		}
		if (seconds < 3600) {
			return NLS.bind(Messages.Age_minutes, Long.toString(seconds / 60));
		}
		if (seconds < 86_400) {
			return NLS.bind(Messages.Age_hours, Long.toString(seconds / 3600));
		}
		return NLS.bind(Messages.Age_days, Long.toString(seconds / 86_400));
	}
}
