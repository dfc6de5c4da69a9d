package org.iotbench.tests.support;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A bounded wait for something that happens on another thread: it ends as soon as the condition holds. */
public final class Eventually {

	private Eventually() {
	}

	public static boolean within(long seconds, BooleanSupplier condition) throws InterruptedException {
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
