package org.iotbench.ui.internal.projects;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.iotbench.core.Topics;
import org.iotbench.payloads.Format;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.projects.TopicFormat;
import org.iotbench.ui.internal.Messages;

/**
 * One format declaration: a topic filter and the format of its payloads; for Protobuf, the descriptor set and the
 * message type, checked by loading them, so that a declaration that cannot decode is never saved.
 */
final class TopicFormatDialog extends TitleAreaDialog {

	private final TopicFormat format;
	private Text filter;
	private Combo kind;
	private Text descriptor;
	private Button browse;
	private Text messageType;

	/** @param format the declaration to edit in place when OK is pressed */
	TopicFormatDialog(Shell shell, TopicFormat format) {
		super(shell);
		this.format = format;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.TopicFormat_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.TopicFormat_title);
		setMessage(Messages.TopicFormat_message);
		Composite page = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(page);

		label(page, Messages.TopicFormat_filter);
		filter = new Text(page, SWT.BORDER);
		filter.setText(format.getTopicFilter() == null ? "" : format.getTopicFilter()); //$NON-NLS-1$
		filter.setMessage(Messages.TopicFormat_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(360, SWT.DEFAULT).applyTo(filter);

		label(page, Messages.TopicFormat_format);
		kind = new Combo(page, SWT.READ_ONLY);
		for (Format each : Format.values()) {
			kind.add(each.label());
		}
		kind.select(ProjectDecoders.format(format.getFormat()).ordinal());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(kind);

		label(page, Messages.TopicFormat_descriptor);
		descriptor = new Text(page, SWT.BORDER);
		descriptor.setText(format.getDescriptorFile() == null ? "" : format.getDescriptorFile()); //$NON-NLS-1$
		descriptor.setMessage(Messages.TopicFormat_descriptorHint);
		descriptor.setToolTipText(Messages.TopicFormat_descriptorTip);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(descriptor);
		browse = new Button(page, SWT.PUSH);
		browse.setText(Messages.TopicFormat_browse);
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.desc;*.pb;*.protoset;*.bin", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
			String chosen = dialog.open();
			if (chosen != null) {
				descriptor.setText(chosen);
			}
		});

		label(page, Messages.TopicFormat_messageType);
		messageType = new Text(page, SWT.BORDER);
		messageType.setText(format.getMessageType() == null ? "" : format.getMessageType()); //$NON-NLS-1$
		messageType.setMessage(Messages.TopicFormat_messageTypeHint);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(messageType);

		kind.addListener(SWT.Selection, e -> protobufFields());
		protobufFields();
		return area;
	}

	private void protobufFields() {
		boolean protobuf = selected() == Format.PROTOBUF;
		descriptor.setEnabled(protobuf);
		browse.setEnabled(protobuf);
		messageType.setEnabled(protobuf);
	}

	private Format selected() {
		return Format.values()[kind.getSelectionIndex()];
	}

	private static void label(Composite page, String text) {
		new Label(page, SWT.NONE).setText(text);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.OK_ID) {
			String topicFilter = filter.getText().trim();
			String problem = Topics.checkFilter(topicFilter);
			if (problem != null) {
				setErrorMessage(problem);
				filter.setFocus();
				return;
			}
			Format chosen = selected();
			if (chosen == Format.PROTOBUF) {
				String schemaProblem = PayloadDecoder.schemaProblem(descriptor.getText().trim(),
						messageType.getText().trim());
				if (schemaProblem != null) {
					setErrorMessage(schemaProblem);
					return;
				}
			}
			format.setTopicFilter(topicFilter);
			format.setFormat(ProjectDecoders.format(chosen));
			format.setDescriptorFile(chosen == Format.PROTOBUF ? descriptor.getText().trim() : ""); //$NON-NLS-1$
			format.setMessageType(chosen == Format.PROTOBUF ? messageType.getText().trim() : ""); //$NON-NLS-1$
		}
		super.buttonPressed(buttonId);
	}
}
