package org.iotbench.ui.internal.projects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.iotbench.core.Topics;
import org.iotbench.payloads.Payloads;
import org.iotbench.projects.PayloadFormat;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectsFactory;
import org.iotbench.projects.PublishTemplate;
import org.iotbench.projects.SavedMessage;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.projects.core.ProjectService;
import org.iotbench.sessions.Session;
import org.iotbench.sessions.SessionException;
import org.iotbench.ui.internal.Messages;

/**
 * Publishes: topic (with the last topics), payload in a format, QoS and retain. Remembers the last 10 publications.
 * <p>
 * Nothing here grows with the payload on the UI thread: a payload larger than {@value #EDITABLE_CHARS} characters
 * (pasted, or loaded from a file) is held aside and the field shows a bounded preview of it; publishing runs in a job.
 */
final class PublishPart {

	private static final int HISTORY = 10;
	/** The most characters the payload field holds as editable text; more is held aside, see the class comment. */
	static final int EDITABLE_CHARS = 16 * 1024;
	/** Characters of a held payload shown in the field. */
	private static final int PREVIEW_CHARS = 2_000;
	/** A file larger than this is not read at all (the broker's limit is far below it). */
	private static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

	/** A payload too large for the field: text (encoded in the chosen format when published) or a file's bytes. */
	private record Held(String text, byte[] bytes, String description) {
		byte[] encode(Payloads.Format format) {
			return bytes != null ? bytes : Payloads.encode(text, format);
		}
	}

	private final Project project;
	private final Session session;
	private final ProjectService service;
	private final Combo topic;
	private final Text payload;
	private final Combo format;
	private final Combo qos;
	private final Button retain;
	private final Button send;
	private final Button clear;
	private final Label problem;
	private final Label repeatState;
	private final Button stop;
	private Held held;
	private RepeatedPublish repeating;

	PublishPart(Composite parent, Project project, Session session, ProjectService service) {
		this.project = project;
		this.session = session;
		this.service = service;
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(8).margins(4, 4).spacing(5, 3).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.Publish_topic);
		topic = new Combo(body, SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(topic);
		topic.setToolTipText(Messages.Publish_topicHint);
		format = new Combo(body, SWT.READ_ONLY);
		format.setItems("Text", "JSON", "Hex", "Base64"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		format.select(0);
		format.setToolTipText(Messages.Publish_formatTip);
		qos = new Combo(body, SWT.READ_ONLY);
		qos.setItems("QoS 0", "QoS 1", "QoS 2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		qos.select(0);
		retain = new Button(body, SWT.CHECK);
		retain.setText(Messages.Publish_retain);
		Button load = new Button(body, SWT.PUSH);
		load.setText(Messages.Publish_loadFile);
		load.setToolTipText(Messages.Publish_loadFileTip);
		clear = new Button(body, SWT.PUSH);
		clear.setText(Messages.Publish_clear);
		clear.setEnabled(false);
		send = new Button(body, SWT.PUSH);
		send.setText(Messages.Publish_send);

		Label payloadLabel = new Label(body, SWT.NONE);
		payloadLabel.setText(Messages.Publish_payload);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(payloadLabel);
		payload = new Text(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
		payload.setMessage(Messages.Publish_payloadHint);
		GridDataFactory.fillDefaults().grab(true, true).span(7, 1).hint(SWT.DEFAULT, 48).applyTo(payload);

		// saved messages, repetition, and what went wrong, on one line: the payload keeps the height
		Composite more = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(more);
		GridDataFactory.fillDefaults().grab(true, false).span(8, 1).applyTo(more);
		Button save = new Button(more, SWT.PUSH);
		save.setText(Messages.Publish_save);
		save.setToolTipText(Messages.Publish_saveTip);
		Button saved = new Button(more, SWT.PUSH);
		saved.setText(Messages.Publish_saved);
		saved.setToolTipText(Messages.Publish_savedTip);
		Button repeat = new Button(more, SWT.PUSH);
		repeat.setText(Messages.Publish_repeat);
		repeat.setToolTipText(Messages.Publish_repeatTip);
		repeatState = new Label(more, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).applyTo(repeatState);
		problem = new Label(more, SWT.NONE);
		problem.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(100, SWT.DEFAULT)
				.applyTo(problem);
		stop = new Button(more, SWT.PUSH);
		stop.setText(Messages.Publish_stop);
		stop.setEnabled(false);
		save.addListener(SWT.Selection, e -> saveMessage());
		saved.addListener(SWT.Selection, e -> savedMenu(saved));
		repeat.addListener(SWT.Selection, e -> repeat());
		stop.addListener(SWT.Selection, e -> stopRepeating());
		body.addListener(SWT.Dispose, e -> stopRepeating());

		send.addListener(SWT.Selection, e -> publish());
		load.addListener(SWT.Selection, e -> loadFile());
		clear.addListener(SWT.Selection, e -> release());
		topic.addListener(SWT.Selection, e -> recall(topic.getSelectionIndex()));
		payload.addListener(SWT.Verify, e -> {
			if (held == null && e.text.length() + payload.getCharCount() - (e.end - e.start) > EDITABLE_CHARS) {
				e.doit = false; // a large paste: hold it instead of letting the native widget lay it out
				String current = payload.getText();
				hold(new Held(current.substring(0, e.start) + e.text + current.substring(e.end), null,
						NLS.bind(Messages.Publish_heldText, Integer.toString(e.text.length()))));
			}
		});
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
		release();
		setPayloadText(template.getPayload() == null ? "" : template.getPayload()); //$NON-NLS-1$
		format.select(template.getFormat().getValue());
		qos.select(template.getQos());
		retain.setSelection(template.isRetain());
	}

	/** Fills the fields with a message to send again: its topic, and its payload as text or, if binary, as hex. */
	void fill(String topicName, byte[] bytes) {
		topic.setText(topicName);
		boolean text = Payloads.isText(bytes);
		setPayloadText(Payloads.decode(bytes, text ? Payloads.Format.TEXT : Payloads.Format.HEX));
		format.select((text ? Payloads.Format.TEXT : Payloads.Format.HEX).ordinal());
	}

	/** Fills the payload field; text too large for it is held aside. */
	private void setPayloadText(String text) {
		release();
		if (text.length() > EDITABLE_CHARS) {
			hold(new Held(text, null, NLS.bind(Messages.Publish_heldText, Integer.toString(text.length()))));
		} else {
			payload.setText(text);
		}
	}

	void setTopic(String topicName) {
		topic.setText(topicName);
	}

	private void loadFile() {
		FileDialog dialog = new FileDialog(payload.getShell(), SWT.OPEN);
		dialog.setText(Messages.Publish_loadFileTitle);
		String chosen = dialog.open();
		if (chosen != null) {
			load(Path.of(chosen));
		}
	}

	/** Holds a file's bytes as the payload (also used by tests). */
	boolean load(Path file) {
		try {
			long size = Files.size(file);
			if (size > MAX_FILE_BYTES) {
				showProblem(NLS.bind(Messages.Publish_fileTooLarge, file, Long.toString(size)));
				return false;
			}
			byte[] bytes = Files.readAllBytes(file);
			hold(new Held(null, bytes,
					NLS.bind(Messages.Publish_heldFile, file.getFileName(), Integer.toString(bytes.length))));
			return true;
		} catch (IOException e) {
			showProblem(NLS.bind(Messages.Publish_fileUnreadable, file, e.getMessage()));
			return false;
		}
	}

	private void hold(Held large) {
		held = large;
		String preview = large.bytes != null ? Payloads.preview(large.bytes, PREVIEW_CHARS)
				: large.text.substring(0, Math.min(PREVIEW_CHARS, large.text.length()));
		payload.setText(large.description + "\n" + preview + '\u2026'); //$NON-NLS-1$
		payload.setEditable(false);
		payload.setToolTipText(large.description);
		clear.setEnabled(true);
		format.setEnabled(large.bytes == null);
	}

	private void release() {
		if (held != null) {
			held = null;
			payload.setEditable(true);
			payload.setText(""); //$NON-NLS-1$
			payload.setToolTipText(null);
			clear.setEnabled(false);
			format.setEnabled(true);
		}
	}

	/**
	 * Publishes what the fields say, in a job. Invalid input is reported at once.
	 *
	 * @return completes with whether the message was published (also used by tests)
	 */
	CompletableFuture<Boolean> publish(String topicName, String text, int formatIndex, int level, boolean retained) {
		return publish(topicName, null, text, formatIndex, level, retained);
	}

	private CompletableFuture<Boolean> publish(String topicName, Held large, String text, int formatIndex, int level,
			boolean retained) {
		String topicProblem = Topics.checkTopic(topicName);
		if (topicProblem != null) {
			showProblem(topicProblem);
			return CompletableFuture.completedFuture(false);
		}
		Payloads.Format chosen = Payloads.Format.values()[formatIndex];
		CompletableFuture<Boolean> done = new CompletableFuture<>();
		send.setEnabled(false);
		Job job = Job.create(NLS.bind(Messages.Publish_job, topicName), (IProgressMonitor monitor) -> {
			String failure = null;
			try {
				byte[] bytes = large != null ? large.encode(chosen) : Payloads.encode(text, chosen);
				session.publish(topicName, bytes, level, retained);
			} catch (IllegalArgumentException | SessionException e) {
				failure = e.getMessage();
			}
			String outcome = failure;
			if (!send.isDisposed()) {
				send.getDisplay().asyncExec(() -> published(outcome, topicName, large == null ? text : null,
						formatIndex, level, retained));
			}
			done.complete(outcome == null);
			return Status.OK_STATUS;
		});
		job.setSystem(false);
		job.schedule();
		return done;
	}

	private void published(String failure, String topicName, String text, int formatIndex, int level, boolean retained) {
		if (send.isDisposed()) {
			return;
		}
		send.setEnabled(true);
		if (failure != null) {
			showProblem(failure);
			return;
		}
		showProblem(""); //$NON-NLS-1$
		remember(topicName, text, formatIndex, level, retained);
	}

	private void showProblem(String text) {
		problem.setText(text);
		problem.setToolTipText(text.isEmpty() ? null : text);
		problem.getParent().layout(true);
	}

	private void publish() {
		pressPublish();
	}

	/** What the Publish button does. */
	CompletableFuture<Boolean> pressPublish() {
		return publish(topic.getText().trim(), held, held == null ? payload.getText() : null,
				format.getSelectionIndex(), qos.getSelectionIndex(), retain.getSelection());
	}

	/** @param text the payload to remember, {@code null} when it was held aside (too large to keep in the project) */
	private void remember(String topicName, String text, int formatIndex, int level, boolean retained) {
		project.getPublishHistory().removeIf(t -> topicName.equals(t.getTopic()));
		PublishTemplate template = ProjectsFactory.eINSTANCE.createPublishTemplate();
		template.setTopic(topicName);
		template.setPayload(text == null ? "" : text); //$NON-NLS-1$
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
			showProblem(e.getMessage());
		}
	}

	/** Saves what the fields say under a name and group, to publish again with one click. */
	private void saveMessage() {
		String topicName = topic.getText().trim();
		String topicProblem = Topics.checkTopic(topicName);
		if (topicProblem != null) {
			showProblem(topicProblem);
			return;
		}
		if (held != null) {
			showProblem(Messages.Publish_heldNotSaved);
			return;
		}
		SaveMessageDialog dialog = new SaveMessageDialog(topic.getShell(), topicName, groups());
		if (dialog.open() == Window.OK) {
			save(dialog.chosenName(), dialog.chosenGroup());
		}
	}

	/** Saves the message of the fields (also used by tests); {@code false} with a problem shown when it cannot. */
	boolean save(String name, String group) {
		SavedMessage message = ProjectsFactory.eINSTANCE.createSavedMessage();
		message.setName(name);
		message.setGroup(group == null || group.isBlank() ? null : group);
		message.setTopic(topic.getText().trim());
		message.setPayload(payload.getText());
		message.setFormat(PayloadFormat.get(format.getSelectionIndex()));
		message.setQos(qos.getSelectionIndex());
		message.setRetain(retain.getSelection());
		project.getSavedMessages().add(message);
		try {
			service.save();
			showProblem(""); //$NON-NLS-1$
			return true;
		} catch (ProjectException e) {
			showProblem(e.getMessage());
			return false;
		}
	}

	private List<String> groups() {
		return project.getSavedMessages().stream().map(SavedMessage::getGroup)
				.filter(g -> g != null && !g.isBlank()).distinct().sorted().toList();
	}

	/** The saved messages as a menu under the button, by group: a click publishes one. */
	private void savedMenu(Button under) {
		Menu menu = new Menu(under);
		if (project.getSavedMessages().isEmpty()) {
			MenuItem none = new MenuItem(menu, SWT.PUSH);
			none.setText(Messages.Publish_noSaved);
			none.setEnabled(false);
		}
		Map<String, Menu> groupMenus = new HashMap<>();
		for (SavedMessage message : project.getSavedMessages()) {
			Menu parent = menu;
			if (message.getGroup() != null && !message.getGroup().isBlank()) {
				parent = groupMenus.computeIfAbsent(message.getGroup(), group -> {
					MenuItem cascade = new MenuItem(menu, SWT.CASCADE);
					cascade.setText(group.replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
					Menu sub = new Menu(cascade);
					cascade.setMenu(sub);
					return sub;
				});
			}
			MenuItem item = new MenuItem(parent, SWT.PUSH);
			item.setText(NLS.bind(Messages.Publish_savedItem, message.getName(), message.getTopic()).replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
			item.addListener(SWT.Selection, e -> publishSaved(message));
		}
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem manage = new MenuItem(menu, SWT.PUSH);
		manage.setText(Messages.Publish_manageSaved);
		manage.addListener(SWT.Selection, e -> new SavedMessagesDialog(topic.getShell(), project, service, this::load)
				.open());
		Rectangle bounds = under.getBounds();
		menu.setLocation(under.getParent().toDisplay(bounds.x, bounds.y + bounds.height));
		menu.setVisible(true);
	}

	/** Publishes a saved message as it was saved (also used by tests). */
	CompletableFuture<Boolean> publishSaved(SavedMessage message) {
		return publish(message.getTopic(), null, message.getPayload() == null ? "" : message.getPayload(), //$NON-NLS-1$
				message.getFormat().getValue(), message.getQos(), message.isRetain());
	}

	/** Puts a saved message into the fields. */
	private void load(SavedMessage message) {
		release();
		topic.setText(message.getTopic());
		setPayloadText(message.getPayload() == null ? "" : message.getPayload()); //$NON-NLS-1$
		format.select(message.getFormat().getValue());
		qos.select(message.getQos());
		retain.setSelection(message.isRetain());
	}

	private void repeat() {
		String topicName = topic.getText().trim();
		String topicProblem = Topics.checkTopic(topicName);
		if (topicProblem != null) {
			showProblem(topicProblem);
			return;
		}
		RepeatDialog dialog = new RepeatDialog(topic.getShell(), topicName);
		if (dialog.open() == Window.OK) {
			repeat(dialog.intervalMillis(), dialog.count());
		}
	}

	/**
	 * Publishes the fields' message every {@code intervalMillis}, {@code count} times (0: until stopped), in a job
	 * (also used by tests).
	 *
	 * @return the job, or {@code null} with a problem shown when the fields do not make a message
	 */
	RepeatedPublish repeat(long intervalMillis, long count) {
		stopRepeating();
		String topicName = topic.getText().trim();
		byte[] bytes;
		try {
			Payloads.Format chosen = Payloads.Format.values()[format.getSelectionIndex()];
			bytes = held != null ? held.encode(chosen) : Payloads.encode(payload.getText(), chosen);
		} catch (IllegalArgumentException e) {
			showProblem(e.getMessage());
			return null;
		}
		RepeatedPublish job = new RepeatedPublish(session, topicName, bytes, qos.getSelectionIndex(),
				retain.getSelection(), intervalMillis, count);
		repeating = job;
		stop.setEnabled(true);
		showProblem(""); //$NON-NLS-1$
		job.schedule();
		showRepeatState(job);
		return job;
	}

	/** Shows how far the repetition is, four times a second while it runs; nothing here grows with the rate. */
	private void showRepeatState(RepeatedPublish job) {
		if (repeatState.isDisposed() || job != repeating) {
			return;
		}
		boolean running = job.getState() != Job.NONE || job.getResult() == null;
		String text = job.count() == 0 ? NLS.bind(Messages.Publish_repeatingForever, job.sent())
				: NLS.bind(Messages.Publish_repeating, job.sent(), job.count());
		if (!running) {
			if (job.problem() != null) {
				text = NLS.bind(Messages.Publish_repeatFailed, job.sent(), job.problem());
			} else if (job.getResult().getSeverity() == IStatus.CANCEL) {
				text = NLS.bind(Messages.Publish_repeatStopped, job.sent());
			} else {
				text = NLS.bind(Messages.Publish_repeated, job.sent());
			}
			stop.setEnabled(false);
			repeating = null;
		}
		repeatState.setText(text);
		repeatState.setToolTipText(text);
		repeatState.getParent().layout();
		if (running) {
			repeatState.getDisplay().timerExec(250, () -> showRepeatState(job));
		}
	}

	/** Stops the repetition, if one runs. */
	void stopRepeating() {
		RepeatedPublish job = repeating;
		if (job != null) {
			job.cancel();
		}
	}

	/** What the repetition line says (tests). */
	String repeatState() {
		return repeatState.getText();
	}

	/** For tests: the payload field and the problem line. */
	Text payloadField() {
		return payload;
	}

	String problem() {
		return problem.getText();
	}
}
