package org.iotbench.ui.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Runs a refresh of a control on the UI thread at most once per interval, however many changes arrive from broker
 * threads: a fleet of devices reconnecting must not flood the UI with one update each.
 */
public final class Throttle {

	private final Control control;
	private final Runnable refresh;
	private final int intervalMs;
	private final AtomicBoolean scheduled = new AtomicBoolean();

	public Throttle(Control control, int intervalMs, Runnable refresh) {
		this.control = control;
		this.intervalMs = intervalMs;
		this.refresh = refresh;
	}

	/** Asks for a refresh; callable from any thread. */
	public void request() {
		if (control.isDisposed() || !scheduled.compareAndSet(false, true)) {
			return;
		}
		Display display = control.getDisplay();
		display.asyncExec(() -> display.timerExec(intervalMs, () -> {
			scheduled.set(false);
			if (!control.isDisposed()) {
				refresh.run();
			}
		}));
	}
}
