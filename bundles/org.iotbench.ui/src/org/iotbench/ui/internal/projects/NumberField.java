package org.iotbench.ui.internal.projects;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Text;
import org.iotbench.ui.internal.Messages;

/** Reads a whole number typed in a field, with a message naming the field when it is not one. */
final class NumberField {

	private NumberField() {
	}

	static long read(Text text, String label, long min, long max) {
		String value = text.getText().trim();
		try {
			long number = Long.parseLong(value);
			if (number >= min && number <= max) {
				return number;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException(NLS.bind(Messages.ProjectDialog_badNumber,
				new Object[] { label.replace("&", "").replace(":", ""), value, min, max })); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}
}
