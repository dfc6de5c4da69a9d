package org.iotbench.ui.internal.projects;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.iotbench.payloads.Format;
import org.iotbench.projects.PayloadFormat;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectsFactory;
import org.iotbench.projects.TopicFormat;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.projects.core.ProjectService;
import org.iotbench.ui.internal.Messages;

/**
 * The format declarations of a project, in order (the first whose filter matches a topic decides): add, edit, remove,
 * move. Nothing changes in the project until OK, and then it is saved.
 */
public final class PayloadFormatsDialog extends TitleAreaDialog {

	private final Project project;
	private final ProjectService service;
	private final String newTopic;
	private final Format newFormat;
	private final List<TopicFormat> formats = new ArrayList<>();
	private TableViewer viewer;

	/**
	 * @param newTopic  a topic to declare at once (from a message), or {@code null} to show the list only
	 * @param newFormat the format the new declaration starts with
	 */
	public PayloadFormatsDialog(Shell shell, Project project, ProjectService service, String newTopic,
			Format newFormat) {
		super(shell);
		this.project = project;
		this.service = service;
		this.newTopic = newTopic;
		this.newFormat = newFormat;
		project.getPayloadFormats().forEach(format -> formats.add(ProjectDecoders.copy(format)));
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.PayloadFormats_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.PayloadFormats_title);
		setMessage(Messages.PayloadFormats_message);
		Composite page = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(page);
		viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(520, 200).applyTo(viewer.getTable());
		column(Messages.PayloadFormats_filter, 200, TopicFormat::getTopicFilter);
		column(Messages.PayloadFormats_format, 110, format -> ProjectDecoders.format(format.getFormat()).label());
		column(Messages.PayloadFormats_schema, 200, format -> format.getFormat() != PayloadFormat.PROTOBUF ? "" //$NON-NLS-1$
				: format.getMessageType() + " \u2013 " + format.getDescriptorFile()); //$NON-NLS-1$
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(formats);
		viewer.addDoubleClickListener(event -> edit());

		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, Messages.PayloadFormats_add, this::add);
		button(buttons, Messages.PayloadFormats_edit, this::edit);
		button(buttons, Messages.PayloadFormats_remove, this::remove);
		button(buttons, Messages.PayloadFormats_up, () -> move(-1));
		button(buttons, Messages.PayloadFormats_down, () -> move(1));
		if (newTopic != null) {
			getShell().getDisplay().asyncExec(() -> {
				if (!viewer.getTable().isDisposed()) {
					declare(newTopic, newFormat);
				}
			});
		}
		return area;
	}

	private void column(String title, int width, java.util.function.Function<TopicFormat, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((TopicFormat) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return getText(element);
			}
		});
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
	}

	private void add() {
		declare("", Format.JSON); //$NON-NLS-1$
	}

	/** Opens a new declaration for a topic, added first when the user presses OK. */
	private void declare(String topic, Format start) {
		TopicFormat format = ProjectsFactory.eINSTANCE.createTopicFormat();
		format.setTopicFilter(topic);
		format.setFormat(ProjectDecoders.format(start));
		if (new TopicFormatDialog(getShell(), format).open() == Window.OK) {
			formats.add(0, format); // a declaration for one topic goes before the broader ones
			viewer.refresh();
			viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(format), true);
		}
	}

	private void edit() {
		TopicFormat selected = selected();
		if (selected != null && new TopicFormatDialog(getShell(), selected).open() == Window.OK) {
			viewer.refresh();
		}
	}

	private void remove() {
		TopicFormat selected = selected();
		if (selected != null) {
			formats.remove(selected);
			viewer.refresh();
		}
	}

	private void move(int by) {
		TopicFormat selected = selected();
		if (selected == null) {
			return;
		}
		int at = formats.indexOf(selected);
		int to = at + by;
		if (to >= 0 && to < formats.size()) {
			formats.remove(at);
			formats.add(to, selected);
			viewer.refresh();
		}
	}

	private TopicFormat selected() {
		return (TopicFormat) viewer.getStructuredSelection().getFirstElement();
	}

	/** The declarations as the dialog holds them, for tests. */
	public List<TopicFormat> formats() {
		return formats;
	}

	/** Adds a declaration without its dialog, for tests. */
	public void addFormat(String topicFilter, Format format) {
		TopicFormat declaration = ProjectsFactory.eINSTANCE.createTopicFormat();
		declaration.setTopicFilter(topicFilter);
		declaration.setFormat(ProjectDecoders.format(format));
		formats.add(0, declaration);
		viewer.refresh();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.OK_ID) {
			project.getPayloadFormats().clear();
			project.getPayloadFormats().addAll(formats);
			try {
				service.save();
			} catch (ProjectException e) {
				setErrorMessage(e.getMessage());
				return;
			}
		}
		super.buttonPressed(buttonId);
	}
}
