package org.iotbench.ui.tests;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Waits for a condition while the UI thread keeps processing events; bounded. */
public final class UiWait {

	private UiWait() {
	}

	public static boolean until(long seconds, BooleanSupplier condition) throws InterruptedException {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			while (display.readAndDispatch()) {
				// drain
			}
			Thread.sleep(10);
		}
		return true;
	}

	/** Lets the UI finish what it has to draw: events processed for a short while. */
	public static void settle(Display display) {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
		while (System.nanoTime() < deadline) {
			while (display.readAndDispatch()) {
				// drain
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}
}
