package org.iotbench.sessions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.iotbench.core.Topics;
import org.iotbench.sessions.internal.remote.Backoff;
import org.iotbench.sessions.internal.remote.ConnectFailure;
import org.iotbench.sessions.internal.remote.Messages;
import org.iotbench.sessions.internal.remote.MqttConnection;

/**
 * A session that is an MQTT client of an external broker, with Paho (MQTT 3.1.1 or 5 as the settings say).
 * <p>
 * {@link #connect()} returns at once; the status goes CONNECTING, then CONNECTED or FAILED with the reason in words.
 * When an established connection is lost and {@link RemoteSettings#autoReconnect()} is on, the session goes
 * RECONNECTING and tries again after 1 s, then 2, 4, 8, 16 and every 30 s, as long as the broker may come back: a
 * refusal that would repeat (credentials, client ID, certificate) ends in FAILED. A connection that drops again within
 * 30 s continues the back-off instead of starting over, so that two clients with the same client ID, which take the
 * session from each other, do not reconnect in a tight loop. After each connection the remembered subscriptions are
 * restored before the status says CONNECTED. {@link #disconnect()} and {@link #close()} stop all of it. Paho's own
 * automatic reconnection is not used: it does not restore the subscriptions of clean sessions.
 * <p>
 * Connection attempts run on one session thread, status listeners on another, messages arrive on Paho's thread.
 */
public final class RemoteSession implements Session {

	private static final long FIRST_RETRY_SECONDS = 1;
	private static final long MAX_RETRY_SECONDS = 30;
	private static final AtomicInteger SESSIONS = new AtomicInteger();

	/** Replaced by {@link #reconfigure(RemoteSettings)}; each attempt reads it once. */
	private volatile RemoteSettings settings;
	private final MessageStore messages;
	private final List<Consumer<SessionStatus>> statusListeners = new CopyOnWriteArrayList<>();
	private final ScheduledThreadPoolExecutor worker;
	private final ExecutorService notifier;
	private final Object lock = new Object();

	// guarded by lock
	private final Map<String, Integer> subscriptions = new LinkedHashMap<>();
	private final Backoff backoff = new Backoff(FIRST_RETRY_SECONDS, MAX_RETRY_SECONDS);
	private SessionStatus status = SessionStatus.DISCONNECTED;
	/** Changes on every connect, disconnect and loss, so that late work of an earlier connection is dropped. */
	private long generation;
	/** Whether the user wants a connection: between connect() and disconnect() or a final failure. */
	private boolean wanted;
	private boolean closed;
	/** The established connection, {@code null} unless connected (subscriptions may still be being restored). */
	private MqttConnection connection;
	private ScheduledFuture<?> retry;
	/** When the current connection was established ({@link System#nanoTime()}). */
	private long connectedAt;

	/**
	 * @param settings how to connect; {@link RemoteSettings#validate()} problems make {@link #connect()} fail
	 * @param capacity how many messages the session's {@link MessageStore} keeps
	 */
	public RemoteSession(RemoteSettings settings, int capacity) {
		this.settings = settings;
		this.messages = new MessageStore(capacity);
		String name = "IoT Workbench remote session " + SESSIONS.incrementAndGet() + ' ' + settings.address(); //$NON-NLS-1$
		worker = new ScheduledThreadPoolExecutor(1, daemon(name));
		worker.setKeepAliveTime(10, TimeUnit.SECONDS);
		worker.allowCoreThreadTimeOut(true);
		worker.setRemoveOnCancelPolicy(true);
		worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		notifier = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				daemon(name + " status")); //$NON-NLS-1$
		((ThreadPoolExecutor) notifier).allowCoreThreadTimeOut(true);
	}

	private static ThreadFactory daemon(String name) {
		return runnable -> {
			Thread thread = new Thread(runnable, name);
			thread.setDaemon(true);
			return thread;
		};
	}

	public RemoteSettings settings() {
		return settings;
	}

	@Override
	public SessionStatus status() {
		synchronized (lock) {
			return status;
		}
	}

	/** The remembered subscriptions and their QoS, in the order they were made. */
	public Map<String, Integer> subscriptions() {
		synchronized (lock) {
			return Collections.unmodifiableMap(new LinkedHashMap<>(subscriptions));
		}
	}

	/** {@inheritDoc} While RECONNECTING, makes the next attempt at once. */
	@Override
	public void connect() {
		connect(""); //$NON-NLS-1$
	}

	/**
	 * Uses new settings from now on, keeping the messages and the subscriptions. A session that is connected or trying
	 * to connect disconnects and connects again with them, and its status says why; a disconnected one stays so.
	 */
	public void reconfigure(RemoteSettings next) {
		boolean reconnect;
		synchronized (lock) {
			if (closed) {
				return;
			}
			settings = next;
			reconnect = wanted;
		}
		if (reconnect) {
			disconnect();
			connect(Messages.Reconnect_newSettings);
		}
	}

	private void connect(String note) {
		synchronized (lock) {
			if (closed) {
				throw new IllegalStateException("The session is closed."); //$NON-NLS-1$
			}
			if (wanted) {
				if (status.state() == SessionState.RECONNECTING && retry != null && retry.cancel(false)) {
					long attempt = generation; // waiting for the next attempt: make it now
					retry = worker.schedule(() -> attempt(attempt, true), 0, TimeUnit.SECONDS);
				}
				return; // already connecting, connected or reconnecting
			}
			wanted = true;
			long attempt = ++generation;
			backoff.reset();
			setStatus(SessionState.CONNECTING, note);
			worker.execute(() -> attempt(attempt, false));
		}
	}

	/** One connection attempt, on the session thread. */
	private void attempt(long attempt, boolean reconnecting) {
		synchronized (lock) {
			if (attempt != generation) {
				return;
			}
		}
		RemoteSettings current = settings;
		List<String> problems = current.validate();
		if (!problems.isEmpty()) {
			failed(attempt, new ConnectFailure(String.join(" ", problems), false, null), reconnecting); //$NON-NLS-1$
			return;
		}
		MqttConnection candidate;
		try {
			candidate = MqttConnection.create(current, new Events(attempt));
			candidate.connect();
		} catch (ConnectFailure failure) {
			failed(attempt, failure, reconnecting);
			return;
		}
		Map<String, Integer> restore;
		synchronized (lock) {
			if (attempt == generation) {
				connection = candidate;
				connectedAt = System.nanoTime();
				restore = new LinkedHashMap<>(subscriptions);
			} else {
				restore = null;
			}
		}
		if (restore == null) {
			candidate.disconnect(); // disconnected or closed meanwhile
			return;
		}
		String note = restore(candidate, restore);
		synchronized (lock) {
			if (attempt == generation && connection == candidate) {
				setStatus(SessionState.CONNECTED, note);
			}
		}
	}

	/**
	 * Subscribes again to the remembered filters, before the status says CONNECTED, so that a message published once
	 * the session is CONNECTED is received.
	 *
	 * @return what the broker refused, in words, or empty
	 */
	private static String restore(MqttConnection candidate, Map<String, Integer> restore) {
		if (restore.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		try {
			List<String> refused = candidate.subscribe(restore);
			String list = String.join(", ", refused); //$NON-NLS-1$
			return refused.isEmpty() ? "" : NLS.bind(Messages.Restore_refused, list); //$NON-NLS-1$
		} catch (SessionException e) {
			// no SUBACK in time or the connection dropped meanwhile: the loss is reported, the next connection retries
			return ""; //$NON-NLS-1$
		}
	}

	private void failed(long attempt, ConnectFailure failure, boolean reconnecting) {
		synchronized (lock) {
			if (attempt != generation) {
				return;
			}
			if (reconnecting && failure.retryable() && settings.autoReconnect()) {
				retryLater(attempt, failure.getMessage());
			} else {
				wanted = false;
				generation++;
				setStatus(SessionState.FAILED, failure.getMessage());
			}
		}
	}

	/** The established connection of one attempt ended without disconnect(); called on Paho's thread. */
	private void lost(long attempt, String reason) {
		MqttConnection dead;
		synchronized (lock) {
			if (attempt != generation || connection == null) {
				return;
			}
			dead = connection;
			connection = null;
			long next = ++generation;
			if (settings.autoReconnect()) {
				if (System.nanoTime() - connectedAt >= TimeUnit.SECONDS.toNanos(MAX_RETRY_SECONDS)) {
					backoff.reset(); // it was stable: start again from 1 s
				}
				retryLater(next, reason);
			} else {
				wanted = false;
				setStatus(SessionState.FAILED, reason);
			}
		}
		// Paho must not be closed from its own callback thread
		execute(dead::close);
	}

	/** Goes RECONNECTING and schedules the next attempt; holds the lock. */
	private void retryLater(long attempt, String reason) {
		long delay = backoff.next();
		setStatus(SessionState.RECONNECTING, NLS.bind(Messages.Reconnect_next, reason, Long.toString(delay)));
		try {
			retry = worker.schedule(() -> attempt(attempt, true), delay, TimeUnit.SECONDS);
		} catch (RejectedExecutionException e) {
			// closed meanwhile
		}
	}

	@Override
	public void disconnect() {
		MqttConnection live;
		synchronized (lock) {
			generation++;
			wanted = false;
			if (retry != null) {
				retry.cancel(false);
				retry = null;
			}
			live = connection;
			connection = null;
			setStatus(SessionState.DISCONNECTED, ""); //$NON-NLS-1$
		}
		if (live != null) {
			live.disconnect(); // polite, so that the broker discards the last will; bounded
		}
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * When connected, waits (at most 10 s) for the broker's answer, so that a refusal is reported here; a subscription
	 * the broker refuses is not remembered.
	 *
	 * @throws SessionException if the filter or QoS is invalid, or the broker refused the subscription
	 */
	@Override
	public void subscribe(String topicFilter, int qos) throws SessionException {
		String problem = Topics.checkFilter(topicFilter);
		if (problem != null) {
			throw new SessionException(problem);
		}
		checkQos(qos);
		MqttConnection live;
		synchronized (lock) {
			subscriptions.put(topicFilter, Integer.valueOf(qos));
			live = connection;
		}
		if (live == null) {
			return; // remembered, sent by the next connection
		}
		List<String> refused;
		try {
			refused = live.subscribe(Map.of(topicFilter, Integer.valueOf(qos)));
		} catch (SessionException e) {
			return; // no answer or connection lost: remembered, and restored by the next connection
		}
		if (!refused.isEmpty()) {
			synchronized (lock) {
				subscriptions.remove(topicFilter, Integer.valueOf(qos));
			}
			throw new SessionException(NLS.bind(Messages.Session_subscriptionRefused, topicFilter));
		}
	}

	@Override
	public void unsubscribe(String topicFilter) {
		MqttConnection live;
		synchronized (lock) {
			if (subscriptions.remove(topicFilter) == null) {
				return;
			}
			live = connection;
		}
		if (live != null) {
			live.unsubscribe(topicFilter);
		}
	}

	@Override
	public void publish(String topic, byte[] payload, int qos, boolean retain) throws SessionException {
		String problem = Topics.checkTopic(topic);
		if (problem != null) {
			throw new SessionException(problem);
		}
		checkQos(qos);
		MqttConnection live;
		synchronized (lock) {
			live = connection;
		}
		if (live == null) {
			throw new SessionException(Messages.Session_notConnected);
		}
		byte[] copy = payload == null ? new byte[0] : payload.clone();
		live.publish(topic, copy, qos, retain);
		messages.append(Direction.OUT, topic, copy, qos, retain);
	}

	private static void checkQos(int qos) throws SessionException {
		if (qos < 0 || qos > 2) {
			throw new SessionException(NLS.bind(Messages.Session_badQos, Integer.toString(qos)));
		}
	}

	@Override
	public MessageStore messages() {
		return messages;
	}

	@Override
	public void addStatusListener(Consumer<SessionStatus> listener) {
		statusListeners.add(listener);
	}

	@Override
	public void removeStatusListener(Consumer<SessionStatus> listener) {
		statusListeners.remove(listener);
	}

	@Override
	public void close() {
		synchronized (lock) {
			if (closed) {
				return;
			}
		}
		disconnect();
		synchronized (lock) {
			closed = true;
		}
		worker.shutdown(); // an attempt in progress ends within its timeout and leaves politely
		notifier.shutdown(); // after telling the listeners DISCONNECTED
	}

	/** Sets the status and tells the listeners, in order, on the status thread; holds the lock. */
	private void setStatus(SessionState state, String reason) {
		SessionStatus next = new SessionStatus(state, reason);
		if (next.equals(status)) {
			return;
		}
		status = next;
		try {
			notifier.execute(() -> {
				for (Consumer<SessionStatus> listener : statusListeners) {
					try {
						listener.accept(next);
					} catch (RuntimeException e) {
						Thread thread = Thread.currentThread();
						thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
					}
				}
			});
		} catch (RejectedExecutionException e) {
			// closed: nobody listens any more
		}
	}

	private void execute(Runnable task) {
		try {
			worker.execute(task);
		} catch (RejectedExecutionException e) {
			task.run(); // closed: release on the calling thread
		}
	}

	/** What the connection of one attempt reports; late reports of earlier attempts are ignored. */
	private final class Events implements MqttConnection.Events {

		private final long attempt;

		Events(long attempt) {
			this.attempt = attempt;
		}

		@Override
		public void messageArrived(String topic, byte[] payload, int qos, boolean retained) {
			try {
				messages.append(Direction.IN, topic, payload, qos, retained);
			} catch (RuntimeException e) {
				// a failing store listener must not make Paho drop the connection
				Thread thread = Thread.currentThread();
				thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
			}
		}

		@Override
		public void connectionLost(String reason) {
			lost(attempt, reason);
		}
	}
}
