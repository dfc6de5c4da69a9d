package org.iotbench.broker.internal;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntSupplier;

import org.iotbench.broker.ConnectionEvent;
import org.iotbench.broker.ConnectionLog;
import org.iotbench.broker.Messages;
import org.iotbench.slf4j.LogEntry;

/**
 * Moquette refuses some connections before asking our authenticator (no credentials, an unsupported protocol version,
 * an empty client ID) and only logs it. This listener turns those log calls, recognised by their message pattern in
 * Moquette 0.17, into connection log entries with the device's address.
 */
final class RefusalListener implements Consumer<LogEntry> {

	private static final String CONNECTION_LOGGER = "io.moquette.broker.MQTTConnection"; //$NON-NLS-1$

	/** Moquette 0.17 message pattern → our reason. */
	private static final Map<String, String> REASONS = Map.of(
			"Client didn't supply any password and MQTT anonymous mode is disabled CId={}", Messages.Refusal_noPassword, //$NON-NLS-1$
			"Client didn't supply any credentials and MQTT anonymous mode is disabled. CId={}", //$NON-NLS-1$
			Messages.Refusal_noCredentials, "MQTT protocol version is not valid. CId: {}", Messages.Refusal_protocol, //$NON-NLS-1$
			"Broker doesn't permit MQTT empty client ID. Username: {}", Messages.Refusal_emptyClientId, //$NON-NLS-1$
			"MQTT client ID cannot be empty for persistent session. Username: {}", Messages.Refusal_emptyClientId); //$NON-NLS-1$

	private final ConnectionLog log;
	private final IntSupplier port;

	RefusalListener(ConnectionLog log, IntSupplier port) {
		this.log = log;
		this.port = port;
	}

	@Override
	public void accept(LogEntry entry) {
		if (!CONNECTION_LOGGER.equals(entry.logger())) {
			return;
		}
		String reason = REASONS.get(entry.format());
		if (reason == null) {
			return;
		}
		ChannelAddress channel = ChannelAddress.parse(entry.channel());
		if (channel.localPort() != port.getAsInt()) {
			return; // another broker in this process
		}
		boolean idIsArgument = entry.format().contains("CId"); //$NON-NLS-1$
		String clientId = idIsArgument && entry.arguments().length > 0 ? String.valueOf(entry.arguments()[0]) : ""; //$NON-NLS-1$
		String username = !idIsArgument && entry.arguments().length > 0 ? String.valueOf(entry.arguments()[0]) : null;
		log.add(new ConnectionEvent(Instant.now(), ConnectionEvent.Kind.REFUSED, clientId, username, channel.remote(),
				reason));
	}
}
