package org.iotbench.ui.internal.projects;

import java.util.function.Consumer;

import org.eclipse.emf.common.util.EList;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.iotbench.projects.Project;
import org.iotbench.projects.SavedMessage;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.projects.core.ProjectService;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.views.TableColumns;

/** The project's saved messages, to put one into the publish area, reorder them or delete them. */
final class SavedMessagesDialog extends TitleAreaDialog {

	private static final int PREVIEW = 80;

	private final Project project;
	private final ProjectService service;
	private final Consumer<SavedMessage> load;
	private TableViewer viewer;

	/** @param load puts a message into the publish area */
	SavedMessagesDialog(Shell shell, Project project, ProjectService service, Consumer<SavedMessage> load) {
		super(shell);
		this.project = project;
		this.service = service;
		this.load = load;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.SavedMessages_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.SavedMessages_title);
		setMessage(Messages.SavedMessages_message);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		viewer = new TableViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		TableColumns.add(viewer, SavedMessage.class, Messages.SavedMessages_group, 110, m -> text(m.getGroup()), m -> null);
		TableColumns.add(viewer, SavedMessage.class, Messages.SavedMessages_name, 140, m -> text(m.getName()), m -> null);
		TableColumns.add(viewer, SavedMessage.class, Messages.SavedMessages_topic, 160, m -> text(m.getTopic()), m -> null);
		TableColumns.add(viewer, SavedMessage.class, Messages.SavedMessages_payload, 200, m -> preview(m.getPayload()),
				m -> null);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).hint(620, 240).applyTo(viewer.getControl());
		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, Messages.SavedMessages_load, () -> selected(message -> {
			load.accept(message);
			close();
		}));
		button(buttons, Messages.SavedMessages_up, () -> move(-1));
		button(buttons, Messages.SavedMessages_down, () -> move(1));
		button(buttons, Messages.SavedMessages_delete, () -> selected(message -> {
			project.getSavedMessages().remove(message);
			changed(null);
		}));
		viewer.addDoubleClickListener(e -> selected(message -> {
			load.accept(message);
			close();
		}));
		viewer.setInput(project.getSavedMessages().toArray());
		return area;
	}

	private static String text(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}

	private static String preview(String payload) {
		String text = text(payload).replace('\n', ' ');
		return text.length() > PREVIEW ? text.substring(0, PREVIEW) + '\u2026' : text;
	}

	private static void button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().applyTo(button);
	}

	private void selected(Consumer<SavedMessage> action) {
		if (viewer.getStructuredSelection().getFirstElement() instanceof SavedMessage message) {
			action.accept(message);
		}
	}

	private void move(int by) {
		selected(message -> {
			EList<SavedMessage> messages = project.getSavedMessages();
			int from = messages.indexOf(message);
			int to = from + by;
			if (to >= 0 && to < messages.size()) {
				messages.move(to, from);
				changed(message);
			}
		});
	}

	private void changed(SavedMessage keepSelected) {
		viewer.setInput(project.getSavedMessages().toArray());
		if (keepSelected != null) {
			viewer.setSelection(new StructuredSelection(keepSelected));
		}
		try {
			service.save();
			setErrorMessage(null);
		} catch (ProjectException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** The selection, for tests. */
	IStructuredSelection selection() {
		return viewer.getStructuredSelection();
	}
}
