package org.iotbench.ui.internal.handlers;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.TextClipboard;

/** Passwords shown this once, in a scrolled list whatever their number, with a button that copies them. */
final class PasswordsDialog extends Dialog {

	private static final int COPY = IDialogConstants.CLIENT_ID + 1;

	private final String message;
	private final String passwords;

	PasswordsDialog(Shell shell, String message, String passwords) {
		super(shell);
		this.message = message;
		this.passwords = passwords;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Import_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label label = new Label(area, SWT.WRAP);
		label.setText(message);
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(label);
		Text list = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		list.setFont(JFaceResources.getTextFont());
		list.setText(passwords);
		GridDataFactory.fillDefaults().grab(true, true).hint(480, 240).applyTo(list);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY, Messages.Details_copy, true);
		createButton(parent, IDialogConstants.CLOSE_ID, Messages.Details_close, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY) {
			TextClipboard.copy(getShell().getDisplay(), passwords);
		}
		close();
	}
}
