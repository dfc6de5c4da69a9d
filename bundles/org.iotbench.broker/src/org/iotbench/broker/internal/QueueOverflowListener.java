package org.iotbench.broker.internal;

import java.util.function.Consumer;

import org.iotbench.slf4j.LogEntry;

/**
 * Moquette 0.17 drops a command (a message to route or to deliver) when a session queue is full, and only logs it.
 * This listener turns that log call, recognised by its message pattern, into a counted and logged loss.
 */
final class QueueOverflowListener implements Consumer<LogEntry> {

	static final String LOGGER = "io.moquette.broker.SessionEventLoopGroup"; //$NON-NLS-1$
	static final String QUEUE_FULL = "Session command queue {} is full executing action {}"; //$NON-NLS-1$

	private final BrokerLayer layer;

	QueueOverflowListener(BrokerLayer layer) {
		this.layer = layer;
	}

	@Override
	public void accept(LogEntry entry) {
		if (LOGGER.equals(entry.logger()) && QUEUE_FULL.equals(entry.format())) {
			Object[] arguments = entry.arguments();
			layer.droppedByMoquette(arguments.length > 1 ? String.valueOf(arguments[1]) : "?"); //$NON-NLS-1$
		}
	}
}
