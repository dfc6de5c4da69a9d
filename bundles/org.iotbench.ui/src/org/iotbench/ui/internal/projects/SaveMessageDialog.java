package org.iotbench.ui.internal.projects;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.iotbench.ui.internal.Messages;

/** Asks for the name and group a message is saved under; a name is needed, a group is not. */
final class SaveMessageDialog extends TitleAreaDialog {

	private final String suggestedName;
	private final List<String> groups;
	private Text name;
	private Combo group;
	private String chosenName;
	private String chosenGroup;

	SaveMessageDialog(Shell shell, String suggestedName, List<String> groups) {
		super(shell);
		this.suggestedName = suggestedName;
		this.groups = groups;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.SaveMessage_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.SaveMessage_title);
		setMessage(Messages.SaveMessage_message);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		new Label(form, SWT.NONE).setText(Messages.SaveMessage_name);
		name = new Text(form, SWT.BORDER | SWT.SINGLE);
		name.setText(suggestedName);
		name.selectAll();
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(name);
		new Label(form, SWT.NONE).setText(Messages.SaveMessage_group);
		group = new Combo(form, SWT.DROP_DOWN);
		group.setItems(groups.toArray(String[]::new));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		name.addListener(SWT.Modify, e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.SaveMessage_save);
		validate();
	}

	private void validate() {
		boolean named = !name.getText().isBlank();
		setErrorMessage(named ? null : Messages.SaveMessage_noName);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(named);
		}
	}

	@Override
	protected void okPressed() {
		chosenName = name.getText().strip();
		chosenGroup = group.getText().strip();
		super.okPressed();
	}

	String chosenName() {
		return chosenName;
	}

	String chosenGroup() {
		return chosenGroup;
	}
}
