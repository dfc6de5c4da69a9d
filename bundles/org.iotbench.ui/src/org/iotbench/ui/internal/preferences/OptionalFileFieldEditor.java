package org.iotbench.ui.internal.preferences;

import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.iotbench.ui.internal.Messages;

/** A file field that is only checked while it is enabled: a stale path of an unused choice does not block the page. */
final class OptionalFileFieldEditor extends FileFieldEditor {

	private boolean enabled = true;

	OptionalFileFieldEditor(String name, String label, String[] extensions, Composite parent) {
		super(name, label, true, parent);
		setFileExtensions(extensions);
		setErrorMessage(Messages.Preferences_fileError);
		setEmptyStringAllowed(false);
	}

	@Override
	public void setEnabled(boolean enable, Composite parent) {
		super.setEnabled(enable, parent);
		enabled = enable;
		refreshValidState();
	}

	@Override
	protected boolean checkState() {
		if (!enabled) {
			clearErrorMessage();
			return true;
		}
		return super.checkState();
	}
}
