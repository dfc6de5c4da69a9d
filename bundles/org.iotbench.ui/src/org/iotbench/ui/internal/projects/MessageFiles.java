package org.iotbench.ui.internal.projects;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.iotbench.history.History;
import org.iotbench.history.MessageFile;
import org.iotbench.history.Replay;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.Session;
import org.iotbench.sessions.SessionException;
import org.iotbench.ui.internal.Log;
import org.iotbench.ui.internal.Messages;

/**
 * What a project editor does with files of messages: export what the list shows (the whole filtered history, not
 * only the rows in sight), import a file into the project, replay a file through the project, and clear the project's
 * messages. Long work runs in jobs with progress; outcomes are told in words.
 */
final class MessageFiles {

	private static final String[] EXTENSIONS = { "*.csv", "*.json", "*.ndjson;*.jsonl", "*.*" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** The speeds offered for a replay, as the buttons show them; 0 does not wait. */
	private static final double[] SPEEDS = { 1, 10, Replay.AS_FAST_AS_POSSIBLE };

	private final Shell shell;
	private final String projectName;
	private final Session session;
	private final History history;
	private final Predicate<Message> shown;

	/** @param shown what the message list shows now: the filter, the topic and the unmuted subscriptions */
	MessageFiles(Shell shell, String projectName, Session session, History history, Predicate<Message> shown) {
		this.shell = shell;
		this.projectName = projectName;
		this.session = session;
		this.history = history;
		this.shown = shown;
	}

	void exportShown() {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Files_exportTitle);
		dialog.setFilterExtensions(EXTENSIONS);
		dialog.setFilterNames(names());
		dialog.setFileName(projectName + ".csv"); //$NON-NLS-1$
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		MessageFile.Format format;
		try {
			format = MessageFile.Format.of(file);
		} catch (IllegalArgumentException e) {
			MessageDialog.openError(shell, Messages.Files_exportTitle, e.getMessage());
			return;
		}
		Job job = Job.create(NLS.bind(Messages.Files_exportJob, file.getFileName()), monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, IProgressMonitor.UNKNOWN);
			try {
				long written = MessageFile.write(file, format, consumer -> source(consumer, progress));
				if (progress.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				tell(Messages.Files_exportTitle, NLS.bind(Messages.Files_exported, written, file));
				return Status.OK_STATUS;
			} catch (IOException e) {
				return Status.error(NLS.bind(Messages.Files_notExported, file, e.getMessage()), e);
			} catch (java.util.concurrent.CancellationException e) {
				return Status.CANCEL_STATUS; // the file was not replaced
			}
		});
		job.setUser(true);
		job.schedule();
	}

	/** The shown messages, oldest first: the whole history when there is one, else the memory. */
	private void source(java.util.function.Consumer<Message> consumer, SubMonitor progress) {
		if (history != null) {
			history.flush(10, java.util.concurrent.TimeUnit.SECONDS);
			history.forwards(message -> {
				if (shown.test(message)) {
					consumer.accept(message);
					progress.worked(1);
				}
				if (progress.isCanceled()) {
					throw new java.util.concurrent.CancellationException();
				}
				return true;
			});
		} else {
			session.messages().snapshot().stream().filter(shown).forEach(consumer);
		}
	}

	void importFile() {
		String chosen = openDialog(Messages.Files_importTitle);
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		Job job = Job.create(NLS.bind(Messages.Files_importJob, file.getFileName()), monitor -> {
			List<MessageFile.Entry> entries;
			try {
				entries = MessageFile.read(file);
			} catch (IOException e) {
				return Status.error(NLS.bind(Messages.Files_notRead, file, e.getMessage()), e);
			}
			SubMonitor progress = SubMonitor.convert(monitor, entries.size());
			for (MessageFile.Entry entry : entries) {
				session.messages().append(entry.time(), entry.direction(), entry.topic(), entry.payload(),
						entry.qos(), entry.retained());
				progress.worked(1);
			}
			tell(Messages.Files_importTitle, NLS.bind(Messages.Files_imported, entries.size(), projectName));
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	void replayFile() {
		String chosen = openDialog(Messages.Files_replayTitle);
		if (chosen == null) {
			return;
		}
		Path file = Path.of(chosen);
		List<MessageFile.Entry> entries;
		try {
			entries = MessageFile.read(file);
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Files_replayTitle,
					NLS.bind(Messages.Files_notRead, file, e.getMessage()));
			return;
		}
		MessageDialog ask = new MessageDialog(shell, Messages.Files_replayTitle, null,
				NLS.bind(Messages.Files_replayQuestion, new Object[] { entries.size(), file.getFileName(), projectName }),
				MessageDialog.QUESTION, 0, Messages.Files_speed1, Messages.Files_speed10, Messages.Files_speedMax,
				Messages.Files_cancel);
		int answer = ask.open();
		if (answer < 0 || answer >= SPEEDS.length) {
			return;
		}
		replay(new Replay(entries, SPEEDS[answer]), entries.size(), file);
	}

	/** Runs a replay in a job: its progress shows, and cancelling it stops the replay. */
	Job replay(Replay replay, int count, Path file) {
		Job job = new Job(NLS.bind(Messages.Files_replayJob, new Object[] { count, file.getFileName(), projectName })) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, count);
				try {
					int done = replay.run(session, new Replay.Progress() {
						@Override
						public void published(int sent, int total) {
							progress.worked(1);
						}

						@Override
						public boolean stopped() {
							return progress.isCanceled();
						}
					});
					return done < count ? Status.CANCEL_STATUS : Status.OK_STATUS;
				} catch (SessionException e) {
					return Status.error(NLS.bind(Messages.Files_replayStopped, e.getMessage()), e);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return Status.CANCEL_STATUS;
				}
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	void clear() {
		long stored = history == null ? session.messages().size() : Math.max(history.size(), session.messages().size());
		if (MessageDialog.openConfirm(shell, Messages.Files_clearTitle,
				NLS.bind(Messages.Files_clearQuestion, stored, projectName))) {
			session.messages().clear();
		}
	}

	private String openDialog(String title) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText(title);
		dialog.setFilterExtensions(EXTENSIONS);
		dialog.setFilterNames(names());
		return dialog.open();
	}

	private static String[] names() {
		return new String[] { Messages.Files_csv, Messages.Files_json, Messages.Files_ndjson, Messages.Files_all };
	}

	private void tell(String title, String text) {
		Log.info(text);
		Display display = shell.getDisplay();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!shell.isDisposed()) {
					MessageDialog.openInformation(shell, title, text);
				}
			});
		}
	}
}
