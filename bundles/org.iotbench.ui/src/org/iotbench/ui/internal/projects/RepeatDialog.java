package org.iotbench.ui.internal.projects;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.iotbench.ui.internal.Messages;

/** Asks how often and how many times the message of the publish area is published: an interval and a count. */
final class RepeatDialog extends TitleAreaDialog {

	private static final int MAX_TENTHS = 864_000;
	private static final int MAX_COUNT = 10_000_000;

	private final String topic;
	private Spinner interval;
	private Spinner count;
	private long intervalMillis = 1_000;
	private long times = 10;

	RepeatDialog(Shell shell, String topic) {
		super(shell);
		this.topic = topic;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Repeat_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Repeat_title);
		setMessage(NLS.bind(Messages.Repeat_message, topic));
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		new Label(form, SWT.NONE).setText(Messages.Repeat_interval);
		interval = new Spinner(form, SWT.BORDER);
		interval.setValues((int) (intervalMillis / 100), 1, MAX_TENTHS, 1, 1, 10);
		new Label(form, SWT.NONE).setText(Messages.Repeat_count);
		count = new Spinner(form, SWT.BORDER);
		count.setValues((int) times, 0, MAX_COUNT, 0, 1, 10);
		count.setToolTipText(Messages.Repeat_countTip);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.Repeat_start);
	}

	@Override
	protected void okPressed() {
		intervalMillis = interval.getSelection() * 100L;
		times = count.getSelection();
		super.okPressed();
	}

	long intervalMillis() {
		return intervalMillis;
	}

	/** How many times; 0 for until stopped. */
	long count() {
		return times;
	}
}
