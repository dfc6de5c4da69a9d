package org.iotbench.broker.internal;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
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

	static final String CONNECTION_LOGGER = "io.moquette.broker.MQTTConnection"; //$NON-NLS-1$

	/** Moquette 0.17 message pattern → our reason. */
	static final Map<String, String> REASONS = Map.of(
			"Client didn't supply any password and MQTT anonymous mode is disabled CId={}", Messages.Refusal_noPassword, //$NON-NLS-1$
			"Client didn't supply any credentials and MQTT anonymous mode is disabled. CId={}", //$NON-NLS-1$
			Messages.Refusal_noCredentials, "MQTT protocol version is not valid. CId: {}", Messages.Refusal_protocol, //$NON-NLS-1$
			"Broker doesn't permit MQTT empty client ID. Username: {}", Messages.Refusal_emptyClientId, //$NON-NLS-1$
			"MQTT client ID cannot be empty for persistent session. Username: {}", Messages.Refusal_emptyClientId); //$NON-NLS-1$

	private final ConnectionLog log;
	private final IntPredicate ourPort;
	private final IntSupplier maxBytes;

	RefusalListener(ConnectionLog log, IntPredicate ourPort, IntSupplier maxBytes) {
		this.log = log;
		this.ourPort = ourPort;
		this.maxBytes = maxBytes;
	}

	/** A connection Moquette closed after a problem it only logged. */
	private void closed(LogEntry entry, String reason) {
		ChannelAddress channel = ChannelAddress.parse(entry.channel());
		if (!ourPort.test(channel.localPort())) {
			return;
		}
		String clientId = entry.client();
		if ((clientId == null || clientId.isEmpty()) && entry.arguments().length > 0 && entry.arguments()[0] != null) {
			clientId = String.valueOf(entry.arguments()[0]);
		}
		log.add(new ConnectionEvent(Instant.now(), ConnectionEvent.Kind.CLOSED_BY_BROKER,
				clientId == null ? "" : clientId, null, channel.remote(), reason)); //$NON-NLS-1$
	}

	private static boolean tooLong(Throwable cause) {
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t.getClass().getSimpleName().equals("TooLongFrameException")) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	private static String rootCause(Throwable cause) {
		Throwable root = cause;
		while (root != null && root.getCause() != null) {
			root = root.getCause();
		}
		return root == null ? "?" : root.getClass().getSimpleName() + ": " + root.getMessage(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static final String HANDLER_LOGGER = "io.moquette.broker.NewNettyMQTTHandler"; //$NON-NLS-1$
	static final String SUBSCRIBE_TOO_EARLY = "SUBSCRIBE received on already closed connection"; //$NON-NLS-1$
	static final String HANDLER_FAILURE = "Unexpected exception while processing MQTT message. Closing Netty channel. CId={}"; //$NON-NLS-1$

	@Override
	public void accept(LogEntry entry) {
		if (HANDLER_LOGGER.equals(entry.logger()) && HANDLER_FAILURE.equals(entry.format())) {
			closed(entry, tooLong(entry.cause()) ? org.eclipse.osgi.util.NLS.bind(Messages.Closed_tooLarge,
					maxBytes.getAsInt()) : org.eclipse.osgi.util.NLS.bind(Messages.Closed_protocolError, rootCause(entry.cause())));
			return;
		}
		if (CONNECTION_LOGGER.equals(entry.logger()) && SUBSCRIBE_TOO_EARLY.equals(entry.format())) {
			closed(entry, Messages.Closed_subscribeBeforeConnack);
			return;
		}
		if (!CONNECTION_LOGGER.equals(entry.logger())) {
			return;
		}
		String reason = REASONS.get(entry.format());
		if (reason == null) {
			return;
		}
		ChannelAddress channel = ChannelAddress.parse(entry.channel());
		if (!ourPort.test(channel.localPort())) {
			return; // another broker in this process
		}
		boolean idIsArgument = entry.format().contains("CId"); //$NON-NLS-1$
		String clientId = idIsArgument && entry.arguments().length > 0 ? String.valueOf(entry.arguments()[0]) : ""; //$NON-NLS-1$
		String username = !idIsArgument && entry.arguments().length > 0 ? String.valueOf(entry.arguments()[0]) : null;
		log.add(new ConnectionEvent(Instant.now(), ConnectionEvent.Kind.REFUSED, clientId, username, channel.remote(),
				reason));
	}
}
