package org.iotbench.sessions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.BrokerMessage;
import org.iotbench.broker.BrokerService;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.core.Topics;
import org.iotbench.sessions.internal.Messages;

/**
 * A local service project: the local broker itself subscribes and publishes for it, so there is no client and
 * creating the project is connecting. It is {@link SessionState#CONNECTED} while the broker runs.
 * <p>
 * It sees every message the broker routes and matches the topics itself with {@link Topics#matches}, so that
 * {@code +}, {@code #} and {@code $} topics follow MQTT; a message that matches several of its filters is recorded
 * once, with the QoS it was published with (subscription QoS is ignored) and the retain flag cleared, as MQTT
 * delivers it to existing subscribers. Subscribing records the retained messages the new filter brings, flagged
 * retained, except those an earlier filter already brought. Like any MQTT 3.1.1 client it receives what it publishes
 * when a filter matches: the message is recorded {@link Direction#OUT} when published and {@link Direction#IN} when
 * the broker routes it back.
 * <p>
 * Messages are recorded on the broker's delivery thread; status listeners are told on the thread that caused the
 * change, one change at a time, in order, without any lock of the session held.
 */
public final class LocalSession implements Session {

	private static final String[] NO_FILTERS = {};

	private final BrokerService broker;
	private final MessageStore store;
	private final Consumer<BrokerMessage> messageListener = this::routed;
	private final Consumer<BrokerStatus> brokerListener = ignored -> refreshStatus();

	/**
	 * Held while recording, so that the retained messages a subscription brings and the messages routed meanwhile
	 * are recorded once, and a publish is recorded OUT before it comes back IN. Guards the fields below it.
	 */
	private final Object delivery = new Object();
	private String[] filters = NO_FILTERS;
	/**
	 * The retained messages just recorded by a subscription. The broker routes one message at a time and remembers
	 * it as retained before its listeners see it, so the one being routed during a subscription may be among them:
	 * it is not recorded again. Once the next message is routed, none of them can come any more.
	 */
	private final Set<BrokerMessage> recordedAsRetained = Collections.newSetFromMap(new IdentityHashMap<>());
	private volatile boolean attached;
	private boolean closed;

	private final Object statusLock = new Object();
	private volatile SessionStatus status = SessionStatus.DISCONNECTED;
	private final List<Consumer<SessionStatus>> statusListeners = new CopyOnWriteArrayList<>();
	private final ConcurrentLinkedQueue<SessionStatus> untold = new ConcurrentLinkedQueue<>();
	private final AtomicBoolean telling = new AtomicBoolean();

	/**
	 * @param capacity how many messages the project keeps, the oldest forgotten first
	 *                 ({@link MessageStore#DEFAULT_CAPACITY} unless the user chose)
	 */
	public LocalSession(BrokerService broker, int capacity) {
		this.broker = Objects.requireNonNull(broker);
		this.store = new MessageStore(capacity);
	}

	@Override
	public SessionStatus status() {
		return status;
	}

	/**
	 * Attaches to the local broker and records the retained messages the project's filters bring. Its status then
	 * follows the broker's.
	 *
	 * @throws IllegalStateException if the session is closed
	 */
	@Override
	public void connect() {
		synchronized (delivery) {
			if (closed) {
				throw new IllegalStateException(Messages.LocalSession_closed);
			}
			if (attached) {
				return;
			}
			broker.addMessageListener(messageListener);
			broker.addStatusListener(brokerListener);
			attached = true;
			if (broker.status().running()) {
				String[] earlier = NO_FILTERS;
				for (String filter : filters) {
					recordRetained(filter, earlier);
					earlier = with(earlier, filter);
				}
			}
		}
		refreshStatus();
	}

	@Override
	public void disconnect() {
		synchronized (delivery) {
			detach();
		}
		refreshStatus();
	}

	private void detach() {
		if (attached) {
			attached = false;
			broker.removeMessageListener(messageListener);
			broker.removeStatusListener(brokerListener);
			recordedAsRetained.clear();
		}
	}

	/**
	 * Adds a filter; while connected to a running broker, records the retained messages it brings.
	 *
	 * @param qos ignored: a local session records every message with the QoS it was published with
	 */
	@Override
	public void subscribe(String topicFilter, int qos) throws SessionException {
		String problem = Topics.checkFilter(topicFilter);
		if (problem != null) {
			throw new SessionException(problem);
		}
		synchronized (delivery) {
			if (Arrays.asList(filters).contains(topicFilter)) {
				return;
			}
			if (attached && broker.status().running()) {
				recordRetained(topicFilter, filters);
			}
			filters = with(filters, topicFilter);
		}
	}

	/** Records the retained messages matching a new filter and none of the earlier ones; holding {@link #delivery}. */
	private void recordRetained(String filter, String[] earlier) {
		List<BrokerMessage> retained = new ArrayList<>(broker.retained(filter));
		retained.sort(Comparator.comparing(BrokerMessage::topic));
		for (BrokerMessage message : retained) {
			if (!matchesAny(earlier, message.topic())) {
				store.append(Direction.IN, message.topic(), message.payload(), message.qos(), true);
				recordedAsRetained.add(message);
			}
		}
	}

	@Override
	public void unsubscribe(String topicFilter) {
		synchronized (delivery) {
			List<String> kept = new ArrayList<>(Arrays.asList(filters));
			if (kept.remove(topicFilter)) {
				filters = kept.toArray(NO_FILTERS);
			}
		}
	}

	/**
	 * Publishes as the broker (publisher {@link BrokerMessage#WORKBENCH}) and records the message OUT. The payload is
	 * copied.
	 *
	 * @throws SessionException if the topic is invalid, the session is not connected or the broker is not running
	 */
	@Override
	public void publish(String topic, byte[] payload, int qos, boolean retain) throws SessionException {
		String problem = Topics.checkTopic(topic);
		if (problem != null) {
			throw new SessionException(problem);
		}
		if (qos < 0 || qos > 2) {
			throw new IllegalArgumentException("QoS must be 0, 1 or 2: " + qos); //$NON-NLS-1$
		}
		byte[] copy = payload.clone();
		synchronized (delivery) {
			if (!attached) {
				throw new SessionException(Messages.LocalSession_notConnected);
			}
			BrokerStatus brokerStatus = broker.status();
			if (!brokerStatus.running()) {
				throw new SessionException(notRunning(brokerStatus));
			}
			checkSize(topic, copy, qos, brokerStatus.settings().maxMessageBytes());
			try {
				broker.publish(new BrokerMessage(topic, copy, qos, retain, BrokerMessage.WORKBENCH));
			} catch (IllegalStateException e) {
				// stopped meanwhile
				throw new SessionException(notRunning(broker.status()), e);
			}
			store.append(Direction.OUT, topic, copy, qos, retain);
		}
	}

	/**
	 * A local project is held to the limit devices are held to: the broker closes a device's connection for a packet
	 * larger than {@code maxPacketBytes} (the remaining length of its PUBLISH: topic, packet ID and payload).
	 */
	private static void checkSize(String topic, byte[] payload, int qos, int maxPacketBytes) throws SessionException {
		long packet = 2L + topic.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + (qos > 0 ? 2 : 0)
				+ payload.length;
		if (packet > maxPacketBytes) {
			throw new SessionException(NLS.bind(Messages.LocalSession_tooLarge, new Object[] {
					Integer.toString(payload.length), Long.toString(maxPacketBytes - (packet - payload.length)) }));
		}
	}

	/** Every message the broker routes, on its delivery thread. */
	private void routed(BrokerMessage message) {
		synchronized (delivery) {
			if (!recordedAsRetained.isEmpty()) {
				boolean recorded = recordedAsRetained.contains(message);
				recordedAsRetained.clear();
				if (recorded) {
					return;
				}
			}
			if (attached && matchesAny(filters, message.topic())) {
				store.append(Direction.IN, message.topic(), message.payload(), message.qos(), false);
				if (message.retain()) { // unflagged, as MQTT delivers it; but the topic tree may know
					store.retained(message.topic(), message.payload().length > 0);
				}
			}
		}
	}

	private static boolean matchesAny(String[] filters, String topic) {
		for (String filter : filters) {
			if (Topics.matches(filter, topic)) {
				return true;
			}
		}
		return false;
	}

	private static String[] with(String[] filters, String filter) {
		String[] grown = Arrays.copyOf(filters, filters.length + 1);
		grown[filters.length] = filter;
		return grown;
	}

	@Override
	public MessageStore messages() {
		return store;
	}

	@Override
	public void addStatusListener(Consumer<SessionStatus> listener) {
		statusListeners.add(Objects.requireNonNull(listener));
	}

	@Override
	public void removeStatusListener(Consumer<SessionStatus> listener) {
		statusListeners.remove(listener);
	}

	/** Detaches from the broker, forgets the filters and the listeners; the recorded messages stay readable. */
	@Override
	public void close() {
		synchronized (delivery) {
			detach();
			closed = true;
			filters = NO_FILTERS;
		}
		refreshStatus();
		statusListeners.clear();
	}

	/** Works the status out again from whether the session is attached and what the broker does. */
	private void refreshStatus() {
		synchronized (statusLock) {
			SessionStatus next = attached ? fromBroker(broker.status()) : SessionStatus.DISCONNECTED;
			if (next.equals(status)) {
				return;
			}
			status = next;
			untold.add(next);
		}
		tell();
	}

	private static SessionStatus fromBroker(BrokerStatus brokerStatus) {
		return switch (brokerStatus.state()) {
		case RUNNING -> new SessionStatus(SessionState.CONNECTED, ""); //$NON-NLS-1$
		case STARTING -> new SessionStatus(SessionState.CONNECTING, ""); //$NON-NLS-1$
		// a broker the user stopped is not a failure: the project waits for it
		case STOPPED -> new SessionStatus(SessionState.DISCONNECTED, Messages.LocalSession_brokerStopped);
		case FAILED -> new SessionStatus(SessionState.FAILED, notRunning(brokerStatus));
		};
	}

	private static String notRunning(BrokerStatus brokerStatus) {
		return brokerStatus.state() == org.iotbench.broker.BrokerState.STOPPED ? Messages.LocalSession_brokerStopped
				: NLS.bind(Messages.LocalSession_brokerNotRunning, brokerStatus.summary());
	}

	/**
	 * Tells the listeners about the changes not told yet, in order, one thread at a time; a change made by a listener
	 * is told after the current one, by the thread already telling. A failing listener does not stop the others; the
	 * first failure is thrown afterwards.
	 */
	private void tell() {
		RuntimeException failure = null;
		while (!untold.isEmpty() && telling.compareAndSet(false, true)) {
			try {
				SessionStatus next;
				while ((next = untold.poll()) != null) {
					for (Consumer<SessionStatus> listener : statusListeners) {
						try {
							listener.accept(next);
						} catch (RuntimeException e) {
							if (failure == null) {
								failure = e;
							} else {
								failure.addSuppressed(e);
							}
						}
					}
				}
			} finally {
				telling.set(false);
			}
		}
		if (failure != null) {
			throw failure;
		}
	}
}
