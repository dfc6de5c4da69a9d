package org.iotbench.bridges.runtime.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.iotbench.bridges.Bridge;
import org.iotbench.bridges.runtime.BridgeState;
import org.iotbench.bridges.runtime.BridgeStatus;
import org.iotbench.bridges.runtime.Messages;
import org.iotbench.bridges.runtime.TopicMapping;
import org.iotbench.broker.BrokerMessage;
import org.iotbench.broker.BrokerService;
import org.iotbench.broker.ConnectionEvent;
import org.iotbench.sessions.RemoteSettings;
import org.iotbench.sessions.RemoteTransport;
import org.iotbench.sessions.SessionException;
import org.iotbench.sessions.internal.remote.Backoff;
import org.iotbench.sessions.internal.remote.ConnectFailure;
import org.iotbench.sessions.internal.remote.MqttConnection;

/**
 * One running bridge: an MQTT 3.1.1 connection to its upstream (the version every broker speaks; the embedded broker
 * speaks no other), made again with back-off and jitter whenever it fails,
 * that carries the local broker's messages out and the upstream's in, by the bridge's topic rules.
 * <p>
 * Out: the broker hands every message to a listener of this link, which must not wait; matching messages go to a
 * bounded inbox, and the link's thread moves QoS 1 and 2 ones to the {@link OutboundQueue} on disk and sends them from
 * there, oldest first, up to {@value #WINDOW} awaiting their acknowledgement; each leaves the queue when the upstream
 * acknowledged it, so whatever was unacknowledged when a connection ended is sent again on the next one. QoS 0
 * messages are sent at once, or dropped and counted while the upstream is away.
 * <p>
 * No echo: what the link publishes locally carries the publisher ID {@code $bridge/NAME}, which its own listener
 * ignores; and what the upstream sends back of the link's own messages is recognised by an {@link EchoFilter}.
 */
public final class BridgeLink implements AutoCloseable {

	/** QoS 1 and 2 messages sent and not yet acknowledged, at most. */
	static final int WINDOW = 100;
	private static final int INBOX = 20_000;
	private static final long FIRST_RETRY_SECONDS = 1;
	private static final long MAX_RETRY_SECONDS = 60;
	private static final long IDLE_WAIT_MILLIS = 200;

	private record Outgoing(String topic, byte[] payload, int qos, boolean retain) {
	}

	private final Bridge bridge;
	private final String publisherId;
	private final String upstream;
	private final List<TopicMapping> mappings;
	private final RemoteSettings settings;
	private final BrokerService broker;
	private final OutboundQueue queue;
	private final Consumer<BridgeStatus> statusSink;
	private final BlockingQueue<Outgoing> inbox = new ArrayBlockingQueue<>(INBOX);
	private final Consumer<BrokerMessage> listener = this::routedLocally;
	private final Thread thread;
	private final ReentrantLock lock = new ReentrantLock();
	private final Condition signal = lock.newCondition();
	private final AtomicLong sent = new AtomicLong();
	private final AtomicLong received = new AtomicLong();
	private final AtomicLong droppedHere = new AtomicLong();
	private final AtomicInteger inFlight = new AtomicInteger();
	private final AtomicInteger generation = new AtomicInteger();
	private final EchoFilter echoes = new EchoFilter();

	private volatile boolean closed;
	private volatile String lostReason;
	private volatile BridgeState state = BridgeState.STOPPED;
	private volatile Instant since = Instant.now();
	private volatile String lastError = ""; //$NON-NLS-1$

	/**
	 * @param bridge    the bridge's settings (a copy this link keeps)
	 * @param password  its password at the upstream, or {@code null}
	 * @param queueFile where its queue of messages bound upstream lives
	 */
	public BridgeLink(Bridge bridge, char[] password, BrokerService broker, Path queueFile,
			Consumer<BridgeStatus> statusSink) throws java.io.IOException {
		this.bridge = bridge;
		this.publisherId = "$bridge/" + bridge.getName(); //$NON-NLS-1$
		this.upstream = bridge.getHost() + ':' + bridge.getPort();
		this.mappings = bridge.getRules().stream().map(TopicMapping::of).toList();
		this.settings = settings(bridge, password);
		this.broker = broker;
		this.statusSink = statusSink;
		this.queue = new OutboundQueue(queueFile, bridge.getQueueLimitMegabytes() * 1024L * 1024L);
		if (queue.keptAside() != null) {
			lastError = NLS.bind(Messages.Link_queueUnreadable, queue.keptAside());
		}
		this.thread = Thread.ofPlatform().daemon().name("IoT Workbench bridge " + bridge.getName()) //$NON-NLS-1$
				.unstarted(this::run);
	}

	static RemoteSettings settings(Bridge bridge, char[] password) {
		RemoteSettings.TlsSettings tls = RemoteSettings.TlsSettings.SYSTEM;
		if (!blank(bridge.getCaFile())) {
			tls = RemoteSettings.TlsSettings.caFile(Path.of(bridge.getCaFile()));
		}
		if (!blank(bridge.getCertificateFile())) {
			tls = tls.withClientCertificate(Path.of(bridge.getCertificateFile()), Path.of(bridge.getKeyFile()));
		}
		return new RemoteSettings(bridge.getHost(), bridge.getPort(),
				bridge.isTls() ? RemoteTransport.TLS : RemoteTransport.TCP, RemoteSettings.DEFAULT_WEBSOCKET_PATH, false,
				bridge.getClientId(), blank(bridge.getUserName()) ? null : bridge.getUserName(), password,
				bridge.getKeepAliveSeconds(), bridge.isCleanSession(), 0, false,
				RemoteSettings.DEFAULT_CONNECT_TIMEOUT_SECONDS, null, tls);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public String name() {
		return bridge.getName();
	}

	/** Starts listening to the local broker and connecting. */
	public void start() {
		broker.addMessageListener(listener);
		thread.start();
	}

	public BridgeStatus status() {
		return new BridgeStatus(bridge.getName(), upstream, state, since, lastError, sent.get(), received.get(),
				queue.size(), droppedHere.get() + queue.dropped());
	}

	/** A message the local broker routed: queued for the upstream if a rule carries it out. Must not wait. */
	private void routedLocally(BrokerMessage message) {
		if (closed || publisherId.equals(message.publisherId())) {
			return;
		}
		for (TopicMapping mapping : mappings) {
			String remote = mapping.toRemote(message.topic());
			if (remote != null) {
				if (!inbox.offer(new Outgoing(remote, message.payload(), Math.min(message.qos(), mapping.qos()),
						message.retain()))) {
					droppedHere.incrementAndGet();
				}
				wake();
				return;
			}
		}
	}

	private void run() {
		Backoff backoff = new Backoff(FIRST_RETRY_SECONDS, MAX_RETRY_SECONDS);
		while (!closed) {
			enter(BridgeState.CONNECTING);
			MqttConnection connection = null;
			try {
				lostReason = null;
				connection = MqttConnection.create(settings, new Events());
				connection.connect();
			} catch (ConnectFailure e) {
				connection = null;
				failed(e.getMessage(), ConnectionEvent.Kind.BRIDGE_FAILED);
			}
			if (connection != null) {
				try {
					serve(connection);
					backoff.reset();
				} finally {
					if (closed) {
						connection.disconnect(); // politely: the upstream forgets no session it should keep
					} else {
						connection.close();
					}
				}
			}
			if (!closed) {
				long delay = TimeUnit.SECONDS.toMillis(backoff.next());
				pause(delay / 4 * 3 + ThreadLocalRandom.current().nextLong(delay / 2 + 1));
			}
		}
		enter(BridgeState.STOPPED);
	}

	/** Carries messages over an established connection until it is lost or the link closes. */
	private void serve(MqttConnection connection) {
		int current = generation.incrementAndGet();
		inFlight.set(0);
		String refused = subscribe(connection);
		lastError = refused;
		log(ConnectionEvent.Kind.BRIDGE_CONNECTED, refused);
		enter(BridgeState.CONNECTED);
		sendRetained();
		long cursor = 0;
		while (!closed && lostReason == null) {
			drain(connection);
			cursor = fillWindow(connection, cursor, current);
			await(IDLE_WAIT_MILLIS);
		}
		if (!closed) {
			failed(lostReason, ConnectionEvent.Kind.BRIDGE_LOST);
		}
	}

	/** Subscribes upstream for the rules that carry messages in; returns what the upstream refused, in words. */
	private String subscribe(MqttConnection connection) {
		Map<String, Integer> filters = new LinkedHashMap<>();
		for (TopicMapping mapping : mappings) {
			if (mapping.inbound()) {
				filters.merge(mapping.remoteFilter(), mapping.qos(), Math::max);
			}
		}
		if (filters.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		try {
			List<String> refused = connection.subscribe(filters);
			return refused.isEmpty() ? "" : NLS.bind(Messages.Link_subscriptionRefused, String.join(", ", refused)); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (SessionException e) {
			return NLS.bind(Messages.Link_subscriptionFailed, e.getMessage());
		}
	}

	/** Brings the upstream's retained messages up to date with the local ones the rules carry out. */
	private void sendRetained() {
		for (TopicMapping mapping : mappings) {
			if (!mapping.outbound()) {
				continue;
			}
			for (BrokerMessage retained : broker.retained(mapping.localFilter())) {
				routedLocally(retained);
			}
		}
	}

	/** Moves what the broker routed into the queue (QoS 1 and 2) or onto the connection (QoS 0, if any). */
	private void drain(MqttConnection connection) {
		Outgoing next;
		while ((next = inbox.poll()) != null) {
			if (next.qos() > 0) {
				queue.add(next.topic(), next.payload(), next.qos(), next.retain());
			} else if (connection == null) {
				droppedHere.incrementAndGet();
			} else {
				try {
					remember(next.topic(), next.payload());
					connection.publish(next.topic(), next.payload(), 0, next.retain());
					sent.incrementAndGet();
				} catch (SessionException e) {
					droppedHere.incrementAndGet();
				}
			}
		}
	}

	/** Sends queued messages after {@code cursor} while fewer than {@value #WINDOW} await acknowledgement. */
	private long fillWindow(MqttConnection connection, long cursor, int current) {
		long last = cursor;
		int room = WINDOW - inFlight.get();
		if (room <= 0) {
			return last;
		}
		for (OutboundQueue.Entry entry : queue.after(last, room)) {
			long key = entry.key();
			try {
				remember(entry.topic(), entry.payload());
				connection.publish(entry.topic(), entry.payload(), entry.qos(), entry.retain(),
						() -> acknowledged(key, current));
			} catch (SessionException e) {
				break; // the upstream's window is full, or the connection is going: the loop comes back
			}
			inFlight.incrementAndGet();
			last = key;
		}
		return last;
	}

	/** Notes a message about to go upstream on a topic the link subscribes to there: its echo must not come in. */
	private void remember(String remoteTopic, byte[] payload) {
		for (TopicMapping mapping : mappings) {
			if (mapping.toLocal(remoteTopic) != null) {
				echoes.sent(remoteTopic, payload, System.currentTimeMillis());
				return;
			}
		}
	}

	private void acknowledged(long key, int connectionGeneration) {
		queue.remove(key);
		sent.incrementAndGet();
		if (connectionGeneration == generation.get()) {
			inFlight.decrementAndGet();
		}
		wake();
	}

	/** Waits for the next attempt, meanwhile queueing what the broker routes. */
	private void pause(long millis) {
		long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
		long left;
		while (!closed && (left = until - System.nanoTime()) > 0) {
			drain(null);
			await(Math.min(IDLE_WAIT_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1));
		}
	}

	private void await(long millis) {
		lock.lock();
		try {
			if (inbox.isEmpty() && !closed && lostReason == null) {
				signal.await(millis, TimeUnit.MILLISECONDS);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			closed = true;
		} finally {
			lock.unlock();
		}
	}

	/** Wakes the link's thread; the lock is held by it only between a check and its wait, never for long. */
	private void wake() {
		lock.lock();
		try {
			signal.signalAll();
		} finally {
			lock.unlock();
		}
	}

	private void failed(String reason, ConnectionEvent.Kind kind) {
		lastError = reason == null ? "" : reason; //$NON-NLS-1$
		log(kind, lastError);
		enter(BridgeState.RETRYING);
	}

	private void log(ConnectionEvent.Kind kind, String reason) {
		broker.connectionLog().add(new ConnectionEvent(Instant.now(), kind, bridge.getName(),
				blank(bridge.getUserName()) ? null : bridge.getUserName(), upstream, reason));
	}

	private void enter(BridgeState next) {
		if (state != next) {
			state = next;
			since = Instant.now();
		}
		statusSink.accept(status());
	}

	/** Stops: disconnects politely, keeps the queue on disk for the next start. Waits for the link's thread. */
	@Override
	public void close() {
		closed = true;
		broker.removeMessageListener(listener);
		wake();
		try {
			thread.join(TimeUnit.SECONDS.toMillis(10));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		drain(null);
		queue.close();
	}

	private final class Events implements MqttConnection.Events {

		@Override
		public void messageArrived(String topic, byte[] payload, int qos, boolean retained) {
			if (echoes.echo(topic, payload, System.currentTimeMillis())) {
				return;
			}
			for (TopicMapping mapping : mappings) {
				String local = mapping.toLocal(topic);
				if (local != null) {
					try {
						broker.publish(new BrokerMessage(local, payload, qos, retained, publisherId));
						received.incrementAndGet();
					} catch (IllegalStateException e) {
						droppedHere.incrementAndGet(); // the broker stopped meanwhile
					}
					return;
				}
			}
		}

		@Override
		public void connectionLost(String reason) {
			lostReason = reason;
			wake();
		}
	}
}
