package org.iotbench.broker.internal;

import java.io.IOException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.LoggerFactory;

/**
 * Writes the retained messages to their file a moment after they change (a burst of retained publishes is one write)
 * and once more when the broker stops.
 */
final class RetainedPersistence implements AutoCloseable {

	private static final long DELAY_MS = 1_000;

	private final RetainedMessages messages;
	private final RetainedFile file;
	private final AtomicBoolean scheduled = new AtomicBoolean();
	private final ScheduledThreadPoolExecutor writer = new ScheduledThreadPoolExecutor(1, r -> {
		Thread thread = new Thread(r, "IoT Workbench retained messages writer"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});

	RetainedPersistence(RetainedMessages messages, RetainedFile file) {
		this.messages = messages;
		this.file = file;
		writer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		messages.onChange(this::changed);
	}

	private void changed() {
		if (scheduled.compareAndSet(false, true)) {
			writer.schedule(this::write, DELAY_MS, TimeUnit.MILLISECONDS);
		}
	}

	private synchronized void write() {
		scheduled.set(false);
		try {
			file.save(messages.all());
		} catch (IOException e) {
			LoggerFactory.getLogger(RetainedPersistence.class).error("The retained messages could not be saved to {}", //$NON-NLS-1$
					file.path(), e);
		}
	}

	/** Writes what is pending and stops. */
	@Override
	public void close() {
		messages.onChange(() -> {
		});
		writer.shutdown();
		try {
			writer.awaitTermination(5, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		write();
	}
}
