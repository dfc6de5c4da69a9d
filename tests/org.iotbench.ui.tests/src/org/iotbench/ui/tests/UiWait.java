package org.iotbench.ui.tests;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Waits for a condition while the UI thread keeps processing events; bounded. */
final class UiWait {

	private UiWait() {
	}

	static boolean until(long seconds, BooleanSupplier condition) throws InterruptedException {
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
}
