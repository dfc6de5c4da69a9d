package org.iotbench.ui.internal.handlers;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.TextClipboard;
import org.iotbench.ui.internal.devicecode.DeviceCodes;

/**
 * Shows connection details once, with a button that copies them to the clipboard and one that opens the client's
 * device code with the password filled in (the only moment the workbench knows it).
 */
final class DetailsDialog {

	private static final int COPY = 0;
	private static final int DEVICE_CODE = 1;

	private DetailsDialog() {
	}

	static void open(Shell shell, String details, String clientId, char[] password) {
		MessageDialog dialog = new MessageDialog(shell, Messages.Details_title, null,
				details + "\n\n" + Messages.Details_shownOnce, MessageDialog.INFORMATION, COPY, //$NON-NLS-1$
				Messages.Details_copy, Messages.Details_deviceCode, Messages.Details_close);
		switch (dialog.open()) {
		case COPY -> TextClipboard.copy(shell.getDisplay(), details);
		case DEVICE_CODE -> Services.registry().find(clientId)
				.ifPresent(client -> DeviceCodes.open(shell, client, new String(password)));
		default -> {
			// closed
		}
		}
	}
}
