package org.iotbench.ui.internal.start;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.iotbench.ui.internal.Messages;

/** The one Getting Started page. */
public final class GettingStartedInput implements IEditorInput {

	public static final GettingStartedInput INSTANCE = new GettingStartedInput();

	private GettingStartedInput() {
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return Messages.Start_tab;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return Messages.Start_title;
	}
}
