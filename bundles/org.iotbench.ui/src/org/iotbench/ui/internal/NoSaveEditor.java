package org.iotbench.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.part.EditorPart;

/** An editor that is never dirty: what it changes is saved at once, or it changes nothing. */
public abstract class NoSaveEditor extends EditorPart {

	@Override
	public final void doSave(IProgressMonitor monitor) {
		// saved as it changes
	}

	@Override
	public final void doSaveAs() {
		// nothing to save as
	}

	@Override
	public final boolean isDirty() {
		return false;
	}

	@Override
	public final boolean isSaveAsAllowed() {
		return false;
	}
}
