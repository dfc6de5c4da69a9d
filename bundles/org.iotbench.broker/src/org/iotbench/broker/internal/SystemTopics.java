package org.iotbench.broker.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.iotbench.broker.BrokerMessage;
import org.iotbench.broker.BrokerStatistics;

/**
 * Publishes the broker's statistics under {@code $SYS/broker/...} every few seconds, retained, in the style of
 * mosquitto's topics, so that other MQTT tools (MQTT Explorer, dashboards) can read them. Subscribers see them only
 * through filters that start with {@code $SYS}.
 */
final class SystemTopics implements AutoCloseable {

	static final String PREFIX = "$SYS/broker/"; //$NON-NLS-1$

	private final Supplier<BrokerStatistics> statistics;
	private final Consumer<BrokerMessage> publisher;
	private final Instant started = Instant.now();
	private final long intervalSeconds;
	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "IoT Workbench $SYS publisher"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});
	private BrokerStatistics last;

	SystemTopics(Supplier<BrokerStatistics> statistics, Consumer<BrokerMessage> publisher, int intervalSeconds) {
		this.statistics = statistics;
		this.publisher = publisher;
		this.intervalSeconds = intervalSeconds;
		timer.scheduleAtFixedRate(this::publish, 0, intervalSeconds, TimeUnit.SECONDS);
	}

	/** The topics and values of one round. */
	Map<String, String> values(BrokerStatistics now, BrokerStatistics before) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("version", "IoT Workbench (Moquette 0.17)"); //$NON-NLS-1$ //$NON-NLS-2$
		values.put("uptime", Duration.between(started, Instant.now()).toSeconds() + " seconds"); //$NON-NLS-1$ //$NON-NLS-2$
		values.put("clients/connected", Long.toString(now.connectedClients())); //$NON-NLS-1$
		values.put("clients/refused", Long.toString(now.refused())); //$NON-NLS-1$
		values.put("messages/received", Long.toString(now.messagesIn())); //$NON-NLS-1$
		values.put("messages/sent", Long.toString(now.messagesOut())); //$NON-NLS-1$
		values.put("messages/dropped", Long.toString(now.dropped())); //$NON-NLS-1$
		values.put("bytes/received", Long.toString(now.bytesIn())); //$NON-NLS-1$
		values.put("bytes/sent", Long.toString(now.bytesOut())); //$NON-NLS-1$
		if (before != null) {
			values.put("load/messages/received/per_second", rate(now.messagesIn(), before.messagesIn())); //$NON-NLS-1$
			values.put("load/messages/sent/per_second", rate(now.messagesOut(), before.messagesOut())); //$NON-NLS-1$
			values.put("load/bytes/received/per_second", rate(now.bytesIn(), before.bytesIn())); //$NON-NLS-1$
			values.put("load/bytes/sent/per_second", rate(now.bytesOut(), before.bytesOut())); //$NON-NLS-1$
		}
		return values;
	}

	private String rate(long now, long before) {
		return Long.toString(Math.max(0, now - before) / intervalSeconds);
	}

	private void publish() {
		try {
			BrokerStatistics now = statistics.get();
			values(now, last).forEach((topic, value) -> publisher.accept(new BrokerMessage(PREFIX + topic,
					value.getBytes(StandardCharsets.UTF_8), 0, true, BrokerMessage.WORKBENCH)));
			last = now;
		} catch (RuntimeException e) {
			org.slf4j.LoggerFactory.getLogger(SystemTopics.class).warn("$SYS topics could not be published", e); //$NON-NLS-1$
		}
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}
}
