package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.iotbench.rcp.BackgroundPriority;
import org.junit.jupiter.api.Test;

/**
 * The workbench keeps its UI thread ahead of its other threads: on Linux those run at a higher nice value, also the
 * ones the UI thread starts later, and the UI thread keeps its own. Read from the kernel ({@code /proc}).
 */
public class BackgroundPriorityTest {

	@Test
	public void otherThreadsRunAtALowerPriorityThanTheUiThread() throws Exception {
		assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "Linux only");
		long ui = BackgroundPriority.currentThreadId();
		int uiNice = nice(ui);
		assumeTrue(uiNice < BackgroundPriority.DEFAULT_NICE, "the tests already run at nice " + uiNice);
		CountDownLatch release = new CountDownLatch(1);
		Optional<BackgroundPriority> priority = BackgroundPriority.start();
		assertTrue(priority.isPresent(), "setpriority is reachable on Linux");
		try {
			CompletableFuture<Long> started = new CompletableFuture<>();
			Thread later = new Thread(() -> { // made by the UI thread after the start: inherits its priority
				try {
					started.complete(BackgroundPriority.currentThreadId());
					release.await();
				} catch (IOException | InterruptedException e) {
					started.completeExceptionally(e);
				}
			}, "started by the UI thread");
			later.start();
			long laterId = started.get(5, TimeUnit.SECONDS);
			long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(3L * BackgroundPriority.SWEEP_MS);
			while (nice(laterId) != BackgroundPriority.DEFAULT_NICE && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertEquals(BackgroundPriority.DEFAULT_NICE, nice(laterId), "a thread the UI thread started is lowered");
			assertEquals(uiNice, nice(ui), "the UI thread keeps its priority");
			long others;
			try (var tasks = Files.list(Path.of("/proc/self/task"))) {
				others = tasks.map(task -> Long.parseLong(task.getFileName().toString())).filter(id -> id != ui)
						.filter(id -> niceOrMinus(id) == BackgroundPriority.DEFAULT_NICE).count();
			}
			assertTrue(others >= 5, "the workbench's other threads are lowered too, found " + others);
		} finally {
			release.countDown();
			priority.ifPresent(BackgroundPriority::close);
		}
	}

	/** The nice value of a thread of this process: field 19 of its {@code stat}, after the name in parentheses. */
	private static int nice(long thread) throws IOException {
		String stat = Files.readString(Path.of("/proc/self/task/" + thread + "/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Integer.parseInt(fields[19 - 3]);
	}

	private static int niceOrMinus(long thread) {
		try {
			return nice(thread);
		} catch (IOException e) { // ended meanwhile
			return -1;
		}
	}
}
