package org.iotbench.ui.internal.dialogs;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.iotbench.registry.ClientRegistryService;
import org.iotbench.registry.Verdict;
import org.iotbench.ui.internal.Messages;

/**
 * Checks a client's password as the user types it: the registry keeps only a slow hash, so the check runs in a job,
 * {@value #DELAY_MS} ms after typing stops, and its verdict shows in a label beside the field. Only a password the
 * registry accepts is handed on; anything typed meanwhile hands on {@code null}.
 */
public final class PasswordCheck {

	private static final int DELAY_MS = 400;

	private final Text field;
	private final Label state;
	private final ClientRegistryService registry;
	private final String clientId;
	private final Consumer<String> accepted;
	private int checkNumber;

	/** @param accepted told of the password once it is found right, and of {@code null} whenever it changes */
	public PasswordCheck(Text field, Label state, ClientRegistryService registry, String clientId,
			Consumer<String> accepted) {
		this.field = field;
		this.state = state;
		this.registry = registry;
		this.clientId = clientId;
		this.accepted = accepted;
		field.addListener(SWT.Modify, e -> typed());
		field.addListener(SWT.Dispose, e -> checkNumber++);
	}

	/** Fills the field with a password known to be right (just set by the user): no check. */
	public void known(String password) {
		field.setText(password);
		checkNumber++; // the check that typing scheduled is not needed
		show(Messages.DeviceCode_passwordRight);
		accepted.accept(password);
	}

	/** Fills the field with a password to check (one kept from an earlier time). */
	public void remembered(String password) {
		field.setText(password);
	}

	private void typed() {
		int number = ++checkNumber;
		String text = field.getText();
		accepted.accept(null);
		show(text.isEmpty() ? "" : Messages.DeviceCode_passwordChecking); //$NON-NLS-1$
		if (text.isEmpty()) {
			return;
		}
		field.getDisplay().timerExec(DELAY_MS, () -> {
			if (number == checkNumber && !field.isDisposed()) {
				check(number, text);
			}
		});
	}

	private void check(int number, String text) {
		Job job = Job.create(Messages.DeviceCode_checkJob, (IProgressMonitor monitor) -> {
			Verdict verdict = registry.verify(clientId, text.getBytes(StandardCharsets.UTF_8));
			field.getDisplay().asyncExec(() -> {
				if (number != checkNumber || field.isDisposed()) {
					return;
				}
				if (verdict == Verdict.ACCEPTED) {
					show(Messages.DeviceCode_passwordRight);
					accepted.accept(text);
				} else {
					show(NLS.bind(Messages.DeviceCode_passwordWrong, verdict.reason()));
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void show(String text) {
		state.setText(text);
		state.setToolTipText(text);
		state.getParent().layout();
	}

	/** What the label says now. */
	public String state() {
		return state.getText();
	}
}
