package org.iotbench.broker.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.iotbench.broker.BrokerMessage;

import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptPublishMessage;

/**
 * Sees every message the broker routes and hands it, in order and on one thread, to the workbench's listeners (local
 * projects). Moquette tells interceptors about device publishes only; publishes made through the workbench are added
 * by {@link #published(BrokerMessage)}, so that each listener sees each message exactly once.
 */
final class MessageTap extends AbstractInterceptHandler {

	private static final Class<?>[] TYPES = { InterceptPublishMessage.class };

	private final List<Consumer<BrokerMessage>> listeners;
	private final StatisticsCounters statistics;
	private final RetainedHandOff handOff;
	private final RetainedMessages retained;
	private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "IoT Workbench local delivery"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * @param retained the retained messages as local projects see them: updated on the delivery thread, in order
	 *                 with the messages, so that a project that subscribes records each message once
	 */
	MessageTap(List<Consumer<BrokerMessage>> listeners, StatisticsCounters statistics, RetainedHandOff handOff,
			RetainedMessages retained) {
		this.listeners = listeners;
		this.handOff = handOff;
		this.retained = retained;
		this.statistics = statistics;
	}

	@Override
	public String getID() {
		return "org.iotbench.broker.tap"; //$NON-NLS-1$
	}

	@Override
	public Class<?>[] getInterceptedMessageTypes() {
		return TYPES;
	}

	@Override
	public void onPublish(InterceptPublishMessage msg) {
		try {
			int length = msg.getPayload().readableBytes();
			statistics.received(msg.getClientID(), length);
			if (listeners.isEmpty() && !handOff.waiting(msg.getClientID())) {
				return; // no local project is open and the message was not retained: nothing to hand over
			}
			byte[] payload = new byte[length];
			msg.getPayload().getBytes(msg.getPayload().readerIndex(), payload);
			BrokerMessage asRetained = handOff.take(msg.getClientID(), msg.getTopicName(), payload);
			published(asRetained != null ? asRetained
					: new BrokerMessage(msg.getTopicName(), payload, msg.getQos().value(), false, msg.getClientID()));
		} finally {
			msg.getPayload().release();
		}
	}

	/** A message the broker routed: remembered if retained, then handed to the listeners. */
	void published(BrokerMessage message) {
		delivery.execute(() -> {
			retained.accept(message);
			for (Consumer<BrokerMessage> listener : listeners) {
				try {
					listener.accept(message);
				} catch (RuntimeException e) {
					org.slf4j.LoggerFactory.getLogger(MessageTap.class).error("A message listener failed", e); //$NON-NLS-1$
				}
			}
		});
	}

	@Override
	public void onSessionLoopError(Throwable error) {
		// reported by Moquette's own log
	}

	/** Stops after the queued deliveries, so that they never mix with those of the next run. */
	void close() {
		delivery.shutdown();
		try {
			delivery.awaitTermination(2, java.util.concurrent.TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	static List<Consumer<BrokerMessage>> newListenerList() {
		return new CopyOnWriteArrayList<>();
	}
}
