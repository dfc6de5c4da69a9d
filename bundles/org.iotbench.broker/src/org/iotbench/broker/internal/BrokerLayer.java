package org.iotbench.broker.internal;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.BrokerMessage;
import org.iotbench.broker.ConnectionEvent;
import org.iotbench.broker.ConnectionLog;
import org.iotbench.broker.Messages;
import org.iotbench.registry.ClientRegistryService;

import io.moquette.broker.subscriptions.Subscription;
import io.moquette.broker.subscriptions.Topic;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.WriteBufferWaterMark;

/**
 * The broker service's own layer between the network and Moquette 0.17: a few Netty handlers in every connection that
 * make the broker behave as MQTT 3.1.1 says where Moquette does not (see {@code moquette-facts.md}):
 * <ul>
 * <li>{@link PresenceGate}: who is online, from the connections themselves;</li>
 * <li>{@link PacketValidator} (in front of Moquette's decoder): a packet that breaks MQTT 3.1.1 closes its connection,
 * with the reason in the connection log, before Moquette acts on it;</li>
 * <li>{@link ConnectGate}: packets sent before CONNACK wait for it instead of closing the connection;</li>
 * <li>{@link DuplicateGate}: publishes sent again (DUP=1) are delivered at least once (QoS 1) or exactly once (QoS 2)
 * without reaching the code that kills Moquette's session loops;</li>
 * <li>{@link PublishGate}: topic permissions with a positive acknowledgement, retained messages of any QoS;</li>
 * <li>{@link IngressThrottle}: stops reading from publishers while Moquette's session queues fill up, instead of
 * letting Moquette drop what it cannot queue;</li>
 * <li>{@link RetainedDelivery}: retained messages sent after SUBACK, with the retain flag;</li>
 * <li>{@link SystemTopicFilter}: {@code $} topics never reach subscriptions that start with a wildcard;</li>
 * <li>{@link OutboundMeter}: counts deliveries and, when a subscriber falls far behind, drops its QoS 0 messages
 * visibly instead of Moquette dropping anything silently.</li>
 * </ul>
 * This object holds what the handlers share; it lives as long as one run of the broker. It also revives a session loop
 * of Moquette's that an exception ended ({@link LoopWatch}).
 */
final class BrokerLayer {

	/** Queued bytes to one client beyond which its QoS 0 messages are dropped (and counted). */
	static final int OUTBOUND_LIMIT_BYTES = 16 * 1024 * 1024;
	/** Moquette drops what it cannot queue only far above this; see {@link #OUTBOUND_LIMIT_BYTES}. */
	private static final WriteBufferWaterMark NEVER_UNWRITABLE = new WriteBufferWaterMark(512 * 1024 * 1024,
			1024 * 1024 * 1024);
	/** Session queue fill above which publishers are not read from. */
	private static final double CONGESTED = 0.5;
	/** At most one log entry per client and kind of trouble in this time. */
	private static final long LOG_INTERVAL_MS = 10_000;

	private final ClientRegistryService registry;
	private final ConnectionLog log;
	private final RetainedMessages retained;
	private final RetainedHandOff handOff;
	private final StatisticsCounters statistics;
	private final Presence presence;
	private final int maxPacketBytes;
	private final ConcurrentHashMap<String, Long> lastLogged = new ConcurrentHashMap<>();
	/** Per client ID: QoS 2 packet identifiers acknowledged with PUBREC and not released yet. */
	private final ConcurrentHashMap<String, Set<Integer>> awaitingRelease = new ConcurrentHashMap<>();
	private volatile MoquetteInternals internals;

	/** @param maxPacketBytes the largest remaining length of a packet the broker takes */
	BrokerLayer(ClientRegistryService registry, ConnectionLog log, RetainedMessages retained, RetainedHandOff handOff,
			StatisticsCounters statistics, Presence presence, int maxPacketBytes) {
		this.presence = presence;
		this.maxPacketBytes = maxPacketBytes;
		this.registry = registry;
		this.log = log;
		this.retained = retained;
		this.handOff = handOff;
		this.statistics = statistics;
	}

	/** Called once Moquette has started; from then on every new connection gets the layer's handlers. */
	void attach(MoquetteInternals started) {
		internals = started;
		started.install(new Installer());
	}

	/** Puts the handlers of one connection in place of itself, in the order the class comment lists them. */
	@ChannelHandler.Sharable
	private final class Installer extends ChannelInboundHandlerAdapter {
		@Override
		public void handlerAdded(ChannelHandlerContext ctx) {
			ctx.channel().config().setWriteBufferWaterMark(NEVER_UNWRITABLE);
			// a client's close is first an event: what it sent just before can still reach Moquette (ConnectGate)
			ctx.channel().config().setOption(io.netty.channel.ChannelOption.ALLOW_HALF_CLOSURE, Boolean.TRUE);
			ChannelPipeline pipeline = ctx.pipeline();
			if (pipeline.get(MoquetteInternals.DECODER) == null) {
				throw new IllegalStateException("Moquette's MQTT decoder is not in the pipeline: " + pipeline.names()); //$NON-NLS-1$
			}
			// Moquette's own byte and message counters: nothing reads them (the statistics are the layer's own), and
			// they cost two handlers in each direction of every packet
			for (String unused : MoquetteInternals.UNUSED_HANDLERS) {
				if (pipeline.get(unused) != null) {
					pipeline.remove(unused);
				}
			}
			pipeline.addBefore(MoquetteInternals.DECODER, "iotbench.PacketValidator", //$NON-NLS-1$
					new PacketValidator(BrokerLayer.this, maxPacketBytes));
			String previous = ctx.name();
			for (ChannelHandler handler : List.of(new PresenceGate(presence), new OutboundMeter(BrokerLayer.this),
					new ConnectGate(BrokerLayer.this),
					new DuplicateGate(BrokerLayer.this), new PublishGate(BrokerLayer.this), new IngressThrottle(BrokerLayer.this),
					new RetainedDelivery(BrokerLayer.this), new SystemTopicFilter(BrokerLayer.this))) {
				String name = "iotbench." + handler.getClass().getSimpleName(); //$NON-NLS-1$
				pipeline.addAfter(previous, name, handler);
				previous = name;
			}
			pipeline.remove(this);
		}
	}

	/**
	 * The QoS 2 packet identifiers of a client awaiting PUBREL; a clean session starts without any (MQTT-3.1.2-6).
	 */
	Set<Integer> awaitingRelease(String clientId, boolean cleanSession) {
		if (cleanSession) {
			// its state ends with the connection: kept by the connection only, so that the map holds only persistent
			// sessions (anonymous clients with ever new IDs would make it grow without end)
			awaitingRelease.remove(clientId);
			return ConcurrentHashMap.newKeySet();
		}
		return awaitingRelease.computeIfAbsent(clientId, id -> ConcurrentHashMap.newKeySet());
	}

	/** A client broke the protocol: counted, logged; the caller closes the connection. */
	void violation(Channel channel, String clientId, String reason) {
		statistics.violation();
		event(ConnectionEvent.Kind.CLOSED_BY_BROKER, clientId, null, address(channel),
				NLS.bind(Messages.Closed_violation, reason));
	}

	/** One of Moquette's session loops ended with an exception: counted, logged, and a new loop takes its queue. */
	void loopFailed(Throwable error) {
		statistics.loopError();
		Throwable cause = error;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
		org.slf4j.LoggerFactory.getLogger(BrokerLayer.class).error("A session loop of Moquette failed; it is restarted", //$NON-NLS-1$
				error);
		event(ConnectionEvent.Kind.DROPPED, "", null, ConnectionEvent.UNKNOWN_ADDRESS, //$NON-NLS-1$
				NLS.bind(Messages.Loop_failed, what));
		// the failing thread is still in its uncaught-exception handler: revive the loop once it has ended
		java.util.concurrent.CompletableFuture.runAsync(() -> {
			MoquetteInternals current = internals;
			if (current != null) {
				current.reviveDeadLoops(this::loopFailed);
			}
		}, java.util.concurrent.CompletableFuture.delayedExecutor(100, java.util.concurrent.TimeUnit.MILLISECONDS));
	}

	/** A client resumes its persistent session: what it had not acknowledged goes to it again, at once. */
	void sessionResumed(io.netty.channel.Channel channel, String clientId) {
		MoquetteInternals current = internals;
		if (current == null) {
			return;
		}
		try {
			current.redelivery().sessionResumed(channel, clientId);
		} catch (ReflectiveOperationException | RuntimeException e) {
			// Moquette's own timer still sends them again, 5 s later
			org.slf4j.LoggerFactory.getLogger(BrokerLayer.class)
					.error("Messages in flight to " + clientId + " could not be sent again at once", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	boolean mayPublish(String clientId, String topic) {
		return registry.mayPublish(clientId, topic);
	}

	/** Moquette's session loops that are not running now. */
	int deadLoops() {
		MoquetteInternals current = internals;
		return current == null ? 0 : current.deadLoops();
	}

	/** Whether Moquette's session queues are so full that publishers must wait. */
	boolean congested() {
		MoquetteInternals current = internals;
		return current != null && current.sessionQueueFill() > CONGESTED;
	}

	/** Whether the client has a subscription that matches the topic by the rules of MQTT 3.1.1 (4.7.2 included). */
	boolean subscribedExplicitly(String clientId, String topic) {
		for (Subscription subscription : internals.subscriptions().matchWithoutQosSharpening(new Topic(topic))) {
			if (subscription.getClientId().equals(clientId)
					&& org.iotbench.core.Topics.matches(subscription.getTopicFilter().toString(), topic)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Stores or (with an empty payload) clears the retained message of a topic, for devices at once and for local
	 * projects when the message reaches them.
	 */
	void retain(BrokerMessage message) {
		retained.accept(message);
		handOff.offer(message.publisherId(), message);
	}

	List<BrokerMessage> retained(String filter) {
		return retained.matching(filter);
	}

	void sent(String clientId, int payloadBytes) {
		statistics.sent(clientId, payloadBytes);
	}

	/** A QoS 0 message dropped because the client reads too slowly: counted, and logged now and then. */
	void dropped(Channel channel, String clientId) {
		statistics.dropped(clientId);
		if (due(clientId, "slow")) { //$NON-NLS-1$
			event(ConnectionEvent.Kind.DROPPED, clientId, null, address(channel),
					NLS.bind(Messages.Dropped_slowSubscriber, OUTBOUND_LIMIT_BYTES / (1024 * 1024)));
		}
	}

	/** A message Moquette dropped because a session queue was full (it only logs that). */
	void droppedByMoquette(String action) {
		statistics.dropped(""); //$NON-NLS-1$
		if (due("", "queue")) { //$NON-NLS-1$ //$NON-NLS-2$
			event(ConnectionEvent.Kind.DROPPED, "", null, ConnectionEvent.UNKNOWN_ADDRESS, //$NON-NLS-1$
					NLS.bind(Messages.Dropped_queueFull, action));
		}
	}

	void denied(Channel channel, String clientId, String username, String reason) {
		if (due(clientId, reason)) {
			event(ConnectionEvent.Kind.DENIED, clientId, username, address(channel), reason);
		}
	}

	void closed(Channel channel, String clientId, String username, String reason) {
		event(ConnectionEvent.Kind.CLOSED_BY_BROKER, clientId, username, address(channel), reason);
	}

	private void event(ConnectionEvent.Kind kind, String clientId, String username, String address, String reason) {
		log.add(new ConnectionEvent(Instant.now(), kind, clientId == null ? "" : clientId, username, address, reason)); //$NON-NLS-1$
	}

	private boolean due(String clientId, String what) {
		long now = System.currentTimeMillis();
		String key = clientId + '\u0000' + what;
		Long last = lastLogged.get(key);
		if (last != null && now - last < LOG_INTERVAL_MS) {
			return false;
		}
		lastLogged.put(key, now);
		return true;
	}

	static String address(Channel channel) {
		SocketAddress remote = channel.remoteAddress();
		if (remote instanceof InetSocketAddress inet) {
			return inet.getAddress() == null ? inet.getHostString() + ':' + inet.getPort()
					: inet.getAddress().getHostAddress() + ':' + inet.getPort();
		}
		return ConnectionEvent.UNKNOWN_ADDRESS;
	}
}
