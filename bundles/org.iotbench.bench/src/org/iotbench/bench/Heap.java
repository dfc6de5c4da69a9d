package org.iotbench.bench;

import java.util.concurrent.TimeUnit;

/** The heap of this JVM as the benchmark measures it: bytes in use after a few requested garbage collections. */
final class Heap {

	private static final int GC_PASSES = 3;
	private static final long GC_PAUSE_MS = 100;

	private Heap() {
	}

	/** Used heap, in bytes, after {@value #GC_PASSES} calls of {@link System#gc()} with a short pause after each. */
	static long usedAfterGc() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int pass = 0; pass < GC_PASSES; pass++) {
			System.gc();
			TimeUnit.MILLISECONDS.sleep(GC_PAUSE_MS);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
