package org.iotbench.broker.internal;

import java.time.Instant;
import java.util.function.Function;

import org.iotbench.broker.ConnectionEvent;
import org.iotbench.broker.ConnectionLog;
import org.iotbench.broker.Messages;
import org.iotbench.registry.ClientRegistryService;

import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptConnectMessage;
import io.moquette.interception.messages.InterceptConnectionLostMessage;
import io.moquette.interception.messages.InterceptDisconnectMessage;

/** Keeps the registry's online state and the connection log in step with the broker's connections. */
final class PresenceInterceptor extends AbstractInterceptHandler {

	private static final Class<?>[] TYPES = { InterceptConnectMessage.class, InterceptDisconnectMessage.class,
			InterceptConnectionLostMessage.class };

	private final ClientRegistryService registry;
	private final ConnectionLog log;
	private final Function<String, String> addressOf;
	private final java.util.Set<String> closedByUser = java.util.concurrent.ConcurrentHashMap.newKeySet();
	private final java.util.Map<String, String> onlineAt = new java.util.concurrent.ConcurrentHashMap<>();

	PresenceInterceptor(ClientRegistryService registry, ConnectionLog log, Function<String, String> addressOf) {
		this.registry = registry;
		this.log = log;
		this.addressOf = addressOf;
	}

	@Override
	public String getID() {
		return "org.iotbench.broker.presence"; //$NON-NLS-1$
	}

	@Override
	public Class<?>[] getInterceptedMessageTypes() {
		return TYPES;
	}

	/** Where a connected client connects from, or "?". */
	String address(String clientId) {
		String address = clientId == null ? null : onlineAt.get(clientId);
		return address == null ? ConnectionEvent.UNKNOWN_ADDRESS : address;
	}

	/** Clients connected now. */
	int connected() {
		return onlineAt.size();
	}

	void closingByUser(String clientId) {
		closedByUser.add(clientId);
	}

	@Override
	public void onConnect(InterceptConnectMessage msg) {
		String address = addressOf.apply(msg.getClientID());
		onlineAt.put(msg.getClientID(), address);
		registry.markOnline(msg.getClientID(), address);
		log.add(new ConnectionEvent(Instant.now(), ConnectionEvent.Kind.CONNECTED, msg.getClientID(),
				msg.getUsername(), address, "")); //$NON-NLS-1$
	}

	@Override
	public void onDisconnect(InterceptDisconnectMessage msg) {
		registry.markOffline(msg.getClientID());
		log.add(new ConnectionEvent(Instant.now(), ConnectionEvent.Kind.DISCONNECTED, msg.getClientID(),
				msg.getUsername(), lastAddress(msg.getClientID()), "")); //$NON-NLS-1$
	}

	@Override
	public void onConnectionLost(InterceptConnectionLostMessage msg) {
		if (!onlineAt.containsKey(msg.getClientID())) {
			return; // Moquette reports the closed channel after a clean DISCONNECT too
		}
		registry.markOffline(msg.getClientID());
		boolean byUser = closedByUser.remove(msg.getClientID());
		log.add(new ConnectionEvent(Instant.now(),
				byUser ? ConnectionEvent.Kind.DISCONNECTED : ConnectionEvent.Kind.CONNECTION_LOST, msg.getClientID(),
				msg.getUsername(), lastAddress(msg.getClientID()),
				byUser ? Messages.Event_disconnectedByUser : Messages.Event_connectionLost));
	}

	private String lastAddress(String clientId) {
		String address = onlineAt.remove(clientId);
		return address == null ? ConnectionEvent.UNKNOWN_ADDRESS : address;
	}

	@Override
	public void onSessionLoopError(Throwable error) {
		// Moquette logs it; nothing for the user here.
	}
}
