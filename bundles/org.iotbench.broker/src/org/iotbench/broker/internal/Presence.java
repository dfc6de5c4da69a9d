package org.iotbench.broker.internal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.iotbench.broker.BrokerMessage;
import org.iotbench.broker.ConnectionEvent;
import org.iotbench.broker.ConnectionLog;
import org.iotbench.broker.Messages;
import org.iotbench.registry.ClientRegistryService;

import io.netty.channel.Channel;

/**
 * Which clients are connected, kept in step with the connections themselves ({@link PresenceGate} in every
 * connection): a client is online from the moment its accepted CONNACK is sent until its connection closes, however it
 * closes (DISCONNECT, a dropped network, the broker, a new connection with the same client ID). Moquette 0.17's own
 * events miss some of these (about 5% of quick connect/DISCONNECT cycles left a client online for good).
 */
final class Presence {

	/** One connected client. */
	private record Online(Channel channel, String address) {
	}

	private final ClientRegistryService registry;
	private final ConnectionLog log;
	private final Consumer<BrokerMessage> wills;
	private final Map<String, Online> online = new ConcurrentHashMap<>();
	/** Clients the workbench is disconnecting, with the reason to log. */
	private final Map<String, String> closedByUser = new ConcurrentHashMap<>();

	/**
	 * @param wills told of the last will of each client whose connection ended without DISCONNECT (Moquette
	 *              publishes it to the subscribers but tells no interceptor, so the workbench's listeners and
	 *              retained messages would miss it)
	 */
	Presence(ClientRegistryService registry, ConnectionLog log, Consumer<BrokerMessage> wills) {
		this.registry = registry;
		this.log = log;
		this.wills = wills;
	}

	/** Where a connected client connects from, or "?". */
	String address(String clientId) {
		Online current = clientId == null ? null : online.get(clientId);
		return current == null ? ConnectionEvent.UNKNOWN_ADDRESS : current.address();
	}

	/** Clients connected now. */
	int connected() {
		return online.size();
	}

	/** Whether a client is connected now. */
	boolean online(String clientId) {
		return online.containsKey(clientId);
	}

	void closingByUser(String clientId) {
		closingByUser(clientId, Messages.Event_disconnectedByUser);
	}

	/** The workbench is about to disconnect a client, for a reason the connection log gives. */
	void closingByUser(String clientId, String reason) {
		closedByUser.put(clientId, reason);
	}

	/**
	 * The broker accepted a connection and sent its CONNACK. This and {@link #closed} run on the I/O threads of
	 * different connections; they are one at a time, so that the registry's online flag follows the map: a takeover's
	 * old connection closing while the new one connects must never mark the client offline after the new one marked
	 * it online.
	 */
	synchronized void connected(Channel channel, String clientId, String username) {
		String address = BrokerLayer.address(channel);
		online.put(clientId, new Online(channel, address));
		registry.markOnline(clientId, address);
		log.add(new ConnectionEvent(Instant.now(), ConnectionEvent.Kind.CONNECTED, clientId, username, address, "")); //$NON-NLS-1$
	}

	/**
	 * A connection that was accepted has closed.
	 *
	 * @param disconnected whether the client sent DISCONNECT first
	 * @param will         the last will the client gave, or {@code null}
	 */
	synchronized void closed(Channel channel, String clientId, String username, boolean disconnected,
			BrokerMessage will) {
		Online current = online.get(clientId);
		String address = BrokerLayer.address(channel);
		if (current == null || current.channel() != channel) {
			// a new connection with the same client ID took over (MQTT-3.1.4-2): the client stays online
			log.add(new ConnectionEvent(Instant.now(), ConnectionEvent.Kind.DISCONNECTED, clientId, username, address,
					Messages.Event_takenOver));
			return;
		}
		online.remove(clientId);
		registry.markOffline(clientId);
		String byUser = closedByUser.remove(clientId);
		ConnectionEvent.Kind kind = disconnected || byUser != null ? ConnectionEvent.Kind.DISCONNECTED
				: ConnectionEvent.Kind.CONNECTION_LOST;
		String reason = byUser != null ? byUser : disconnected ? "" : Messages.Event_connectionLost; //$NON-NLS-1$
		log.add(new ConnectionEvent(Instant.now(), kind, clientId, username, address, reason));
		if (!disconnected && will != null) {
			wills.accept(will);
		}
	}
}
