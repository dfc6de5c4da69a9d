package org.iotbench.projects.core.tests;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A bounded wait for something that happens on another thread. */
final class Eventually {

	private Eventually() {
	}

	static boolean within(long seconds, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			Thread.sleep(10);
		}
		return true;
	}
}
