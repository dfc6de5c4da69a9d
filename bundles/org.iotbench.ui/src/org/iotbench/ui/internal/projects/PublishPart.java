package org.iotbench.ui.internal.projects;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.iotbench.projects.PayloadFormat;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectsFactory;
import org.iotbench.projects.PublishTemplate;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.projects.core.ProjectService;
import org.iotbench.sessions.Payloads;
import org.iotbench.sessions.Session;
import org.iotbench.sessions.SessionException;
import org.iotbench.ui.internal.Messages;

/** Publishes: topic (with the last topics), payload in a format, QoS and retain. Remembers the last 10 publications. */
final class PublishPart {

	private static final int HISTORY = 10;

	private final Project project;
	private final Session session;
	private final ProjectService service;
	private final Combo topic;
	private final Text payload;
	private final Combo format;
	private final Combo qos;
	private final Button retain;
	private final Label problem;

	PublishPart(Composite parent, Project project, Session session, ProjectService service) {
		this.project = project;
		this.session = session;
		this.service = service;
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 4).applyTo(body);
		topic = new Combo(body, SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(topic);
		topic.setToolTipText(Messages.Publish_topicHint);
		format = new Combo(body, SWT.READ_ONLY);
		format.setItems("Text", "JSON", "Hex", "Base64"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		format.select(0);
		qos = new Combo(body, SWT.READ_ONLY);
		qos.setItems("QoS 0", "QoS 1", "QoS 2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		qos.select(0);
		retain = new Button(body, SWT.CHECK);
		retain.setText(Messages.Publish_retain);
		Button send = new Button(body, SWT.PUSH);
		send.setText(Messages.Publish_send);
		payload = new Text(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
		payload.setMessage(Messages.Publish_payloadHint);
		GridDataFactory.fillDefaults().grab(true, true).span(5, 1).hint(SWT.DEFAULT, 60).applyTo(payload);
		problem = new Label(body, SWT.WRAP);
		problem.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().grab(true, false).span(5, 1).applyTo(problem);
		send.addListener(SWT.Selection, e -> publish());
		topic.addListener(SWT.Selection, e -> recall(topic.getSelectionIndex()));
		showHistory();
	}

	private void showHistory() {
		topic.setItems(project.getPublishHistory().stream().map(PublishTemplate::getTopic).toArray(String[]::new));
	}

	private void recall(int index) {
		if (index < 0 || index >= project.getPublishHistory().size()) {
			return;
		}
		PublishTemplate template = project.getPublishHistory().get(index);
		payload.setText(template.getPayload() == null ? "" : template.getPayload()); //$NON-NLS-1$
		format.select(template.getFormat().getValue());
		qos.select(template.getQos());
		retain.setSelection(template.isRetain());
	}

	/** Publishes what the fields say (also used by tests). */
	boolean publish(String topicName, String text, int formatIndex, int level, boolean retained) {
		try {
			byte[] bytes = Payloads.encode(text, Payloads.Format.values()[formatIndex]);
			session.publish(topicName, bytes, level, retained);
		} catch (IllegalArgumentException | SessionException e) {
			problem.setText(e.getMessage());
			problem.getParent().layout(true);
			return false;
		}
		problem.setText(""); //$NON-NLS-1$
		remember(topicName, text, formatIndex, level, retained);
		return true;
	}

	private void publish() {
		publish(topic.getText().trim(), payload.getText(), format.getSelectionIndex(), qos.getSelectionIndex(),
				retain.getSelection());
	}

	private void remember(String topicName, String text, int formatIndex, int level, boolean retained) {
		project.getPublishHistory().removeIf(t -> topicName.equals(t.getTopic()));
		PublishTemplate template = ProjectsFactory.eINSTANCE.createPublishTemplate();
		template.setTopic(topicName);
		template.setPayload(text);
		template.setFormat(PayloadFormat.get(formatIndex));
		template.setQos(level);
		template.setRetain(retained);
		project.getPublishHistory().add(0, template);
		while (project.getPublishHistory().size() > HISTORY) {
			project.getPublishHistory().remove(HISTORY);
		}
		String current = topic.getText();
		showHistory();
		topic.setText(current);
		try {
			service.save();
		} catch (ProjectException e) {
			problem.setText(e.getMessage());
		}
	}
}
