package org.iotbench.broker.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.iotbench.broker.BrokerMessage;
import org.iotbench.broker.BrokerService;
import org.iotbench.broker.Messages;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.broker.BrokerState;
import org.iotbench.broker.BrokerStatistics;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.broker.ConnectionLog;
import org.eclipse.osgi.util.NLS;
import org.iotbench.core.DataLocation;
import org.iotbench.registry.ClientRegistryService;
import org.iotbench.slf4j.LogBridge;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;

/** The local broker: Moquette 0.17, configured for a LAN, behind {@link BrokerService}. */
@Component(service = BrokerService.class)
public final class MoquetteBroker implements org.iotbench.broker.StandaloneBroker {

	private final ClientRegistryService registry;
	private final ConnectionLog log = new ConnectionLog();
	private final List<Consumer<BrokerStatus>> listeners = new CopyOnWriteArrayList<>();
	private final RefusalListener refusals;
	private final RegistryEnforcer enforcer;
	private volatile BrokerStatus status = BrokerStatus.stopped(null);
	private final List<Consumer<BrokerMessage>> messageListeners = MessageTap.newListenerList();
	/** Retained messages as devices see them: changed as soon as a device or project publishes one. */
	private final RetainedMessages retained = new RetainedMessages();
	/** Retained messages as local projects see them: changed in order with the messages they receive. */
	private final RetainedMessages projectRetained = new RetainedMessages();
	private Server server;
	private BrokerLayer layer;
	private volatile Presence presence;
	private MessageTap tap;
	private volatile StatisticsCounters statistics = new StatisticsCounters();
	private QueueOverflowListener overflows;
	private RetainedPersistence persistence;
	private SystemTopics systemTopics;
	/** Where persistent sessions and retained messages are kept; {@code null} for the data folder's. */
	private final Path stateFolder;

	@Activate
	public MoquetteBroker(@Reference ClientRegistryService registry) {
		this(registry, null);
	}

	/** @param stateFolder where persistent sessions and retained messages are kept, {@code null} for the data folder */
	public MoquetteBroker(ClientRegistryService registry, Path stateFolder) {
		this.registry = registry;
		this.stateFolder = stateFolder;
		this.refusals = new RefusalListener(log, this::isOurPort, this::maxMessageBytes);
		LogBridge.addListener(refusals);
		this.enforcer = new RegistryEnforcer(registry.registry(), this::drop);
	}

	/** The folder of the broker's persistent state. */
	public Path stateFolder() {
		return stateFolder != null ? stateFolder : DataLocation.current().root().resolve("broker"); //$NON-NLS-1$
	}

	private int maxMessageBytes() {
		BrokerStatus current = status;
		return current.settings() == null ? BrokerSettings.DEFAULT_MAX_MESSAGE_BYTES : current.settings().maxMessageBytes();
	}

	private boolean isOurPort(int port) {
		BrokerStatus current = status;
		return current.running() && current.settings().listeners().stream()
				.anyMatch(listener -> current.settings().port(listener) == port);
	}

	@Override
	public BrokerStatus status() {
		return status;
	}

	@Override
	public synchronized BrokerStatus start(BrokerSettings settings) {
		stopServer();
		publish(new BrokerStatus(BrokerState.STARTING, settings, "", List.of(), Instant.now())); //$NON-NLS-1$
		try {
			probe(settings);
			RegistryAuthenticator authenticator = new RegistryAuthenticator(registry, log);
			presence = new Presence(registry, log, this::willPublished);
			retained.clear();
			projectRetained.clear();
			statistics = new StatisticsCounters();
			RetainedHandOff handOff = new RetainedHandOff();
			tap = new MessageTap(messageListeners, statistics, handOff, projectRetained);
			String warning = settings.persistence() ? restoreRetained() : ""; //$NON-NLS-1$
			BrokerLayer layer = new BrokerLayer(registry, log, retained, handOff, statistics, presence,
					settings.maxMessageBytes());
			overflows = new QueueOverflowListener(layer);
			LogBridge.addListener(overflows);
			Server started = new Server();
			try {
				started.startServer(new MemoryConfig(configuration(settings, stateFolder().resolve("moquette"))), //$NON-NLS-1$
						List.of(tap, new LoopWatch(layer)),
						new SslContextCreator(settings.certificate()),
						authenticator, new RegistryAuthorizer(registry, log, presence::address));
			} catch (RuntimeException | IOException e) {
				quietlyStop(started);
				throw e;
			}
			try {
				layer.attach(MoquetteInternals.of(started));
			} catch (IllegalStateException e) {
				quietlyStop(started);
				throw e;
			}
			server = started;
			this.layer = layer;
			if (settings.systemTopicsSeconds() > 0) {
				systemTopics = new SystemTopics(this::statistics, this::route, settings.systemTopicsSeconds());
			}
			return publish(new BrokerStatus(BrokerState.RUNNING, settings, warning,
					LanAddresses.endpoints(settings), Instant.now()));
		} catch (IOException | RuntimeException e) {
			return publish(new BrokerStatus(BrokerState.FAILED, settings, StartFailure.reason(e, settings), List.of(),
					Instant.now()));
		}
	}

	/**
	 * Fails early, with a clear reason, when the settings cannot work or a listener's port is taken: Moquette would
	 * leave threads behind.
	 */
	private static void probe(BrokerSettings settings) throws IOException {
		settings.validate();
		for (org.iotbench.broker.Listener listener : settings.listeners()) {
			int port = settings.port(listener);
			try (ServerSocket socket = new ServerSocket()) {
				socket.setReuseAddress(true);
				socket.bind(new InetSocketAddress(settings.bindAddress(), port));
			} catch (java.net.BindException e) {
				throw new ListenerBindException(port, e);
			}
		}
	}

	private static final int SESSION_QUEUE_SIZE = 16_384;

	static Properties configuration(BrokerSettings settings, Path moquetteFolder) {
		Properties config = new Properties();
		config.setProperty("host", settings.bindAddress()); //$NON-NLS-1$
		config.setProperty("port", Integer.toString(settings.port())); //$NON-NLS-1$
		// Moquette asks for a TLS context when a TLS port key is there at all, even "disabled": set them only when on.
		String webSocket = settings.webSocketPort() == BrokerSettings.OFF ? "disabled" //$NON-NLS-1$
				: Integer.toString(settings.webSocketPort());
		config.setProperty("websocket_port", webSocket); //$NON-NLS-1$
		if (settings.tlsPort() != BrokerSettings.OFF) {
			config.setProperty("ssl_port", Integer.toString(settings.tlsPort())); //$NON-NLS-1$
		}
		if (settings.secureWebSocketPort() != BrokerSettings.OFF) {
			config.setProperty("secure_websocket_port", Integer.toString(settings.secureWebSocketPort())); //$NON-NLS-1$
		}
		config.setProperty("websocket_path", org.iotbench.broker.Listener.WEBSOCKET_PATH); //$NON-NLS-1$
		// A WebSocket frame carries one MQTT packet: allow the same size as on TCP (Moquette's default is 64 KiB).
		config.setProperty("websocket_max_frame_size", Integer.toString(settings.maxMessageBytes())); //$NON-NLS-1$
		config.setProperty("allow_anonymous", Boolean.toString(settings.allowAnonymous())); //$NON-NLS-1$
		// MQTT-3.1.3-6: an anonymous client may leave its ID to the server (clean session only; Moquette assigns one).
		// With registered clients the ID is the identity: an empty one is refused.
		config.setProperty("allow_zero_byte_client_id", Boolean.toString(settings.allowAnonymous())); //$NON-NLS-1$
		// Never phone home, never write into the working directory.
		config.setProperty("telemetry_enabled", "false"); //$NON-NLS-1$ //$NON-NLS-2$
		// Persistent sessions, their subscriptions and queued messages: Moquette's H2 store (the fragment
		// org.iotbench.h2.moquette lets it read Moquette's classes back). Retained messages: RetainedPersistence.
		config.setProperty("persistence_enabled", Boolean.toString(settings.persistence())); //$NON-NLS-1$
		config.setProperty("data_path", moquetteFolder.toString()); //$NON-NLS-1$
		config.setProperty("autosave_interval", "5"); //$NON-NLS-1$ //$NON-NLS-2$
		config.setProperty("netty.mqtt.message_size", Integer.toString(settings.maxMessageBytes())); //$NON-NLS-1$
		// One interceptor thread: local projects must see messages in the order the broker routed them.
		config.setProperty("intercept.thread_pool.size", "1"); //$NON-NLS-1$ //$NON-NLS-2$
		// Room for bursts: the broker layer stops reading from publishers when these queues are half full.
		config.setProperty("session_queue_size", Integer.toString(SESSION_QUEUE_SIZE)); //$NON-NLS-1$
		return config;
	}

	@Override
	public synchronized BrokerStatus stop() {
		stopServer();
		return publish(BrokerStatus.stopped(status.settings()));
	}

	@Override
	public synchronized BrokerStatus restart() {
		BrokerSettings settings = status.settings();
		return start(settings == null ? BrokerSettings.defaults() : settings);
	}

	/**
	 * Loads the retained messages of the last run and keeps saving them.
	 *
	 * @return a warning for the user, or an empty string
	 */
	private String restoreRetained() {
		RetainedFile file = new RetainedFile(stateFolder().resolve("retained.bin")); //$NON-NLS-1$
		String warning = ""; //$NON-NLS-1$
		try {
			List<BrokerMessage> saved = file.load();
			retained.replaceAll(saved);
			projectRetained.replaceAll(saved);
		} catch (RetainedFile.UnreadableFileException e) {
			warning = NLS.bind(Messages.Status_retainedUnreadable, e.aside(), e.getMessage());
			org.slf4j.LoggerFactory.getLogger(MoquetteBroker.class).error(warning);
		} catch (IOException e) {
			warning = NLS.bind(Messages.Status_retainedNotSaved, file.path(), e.getMessage());
		}
		persistence = new RetainedPersistence(retained, file);
		return warning;
	}

	private void stopServer() {
		if (systemTopics != null) {
			systemTopics.close();
			systemTopics = null;
		}
		if (server != null) {
			quietlyStop(server);
			server = null;
		}
		if (persistence != null) {
			persistence.close();
			persistence = null;
		}
		if (tap != null) {
			tap.close();
			tap = null;
		}
		if (overflows != null) {
			LogBridge.removeListener(overflows);
			overflows = null;
		}
		retained.clear();
		projectRetained.clear();
		registry.registry().getClients().stream().filter(c -> c.isOnline())
				.forEach(c -> registry.markOffline(c.getClientId()));
	}

	private static void quietlyStop(Server target) {
		try {
			target.stopServer();
		} catch (RuntimeException e) {
			// a half-started server may fail to stop; its threads are daemon threads
		}
	}

	private BrokerStatus publish(BrokerStatus next) {
		status = next;
		for (Consumer<BrokerStatus> listener : listeners) {
			try {
				listener.accept(next);
			} catch (RuntimeException e) {
				org.slf4j.LoggerFactory.getLogger(MoquetteBroker.class).error("A broker status listener failed", e); //$NON-NLS-1$
			}
		}
		return next;
	}

	@Override
	public void addStatusListener(Consumer<BrokerStatus> listener) {
		listeners.add(listener);
	}

	@Override
	public void removeStatusListener(Consumer<BrokerStatus> listener) {
		listeners.remove(listener);
	}

	@Override
	public ConnectionLog connectionLog() {
		return log;
	}

	@Override
	public synchronized boolean disconnect(String clientId) {
		if (server == null) {
			return false;
		}
		presence.closingByUser(clientId);
		return server.disconnectClient(clientId);
	}

	/** Disconnects a client that is connected, logging why; nothing if it is not. */
	private synchronized void drop(String clientId, String reason) {
		Presence current = presence;
		if (server != null && current != null && current.online(clientId)) {
			current.closingByUser(clientId, reason);
			server.disconnectClient(clientId);
		}
	}

	@Override
	public void addMessageListener(Consumer<BrokerMessage> listener) {
		messageListeners.add(listener);
	}

	@Override
	public void removeMessageListener(Consumer<BrokerMessage> listener) {
		messageListeners.remove(listener);
	}

	@Override
	public synchronized void publish(BrokerMessage message) {
		if (server == null) {
			throw new IllegalStateException(Messages.Refusal_notRunning);
		}
		route(message);
		statistics.published();
	}

	/** Publishes as the workbench: retained messages are kept by the workbench, Moquette would clear them on QoS 0. */
	private synchronized void route(BrokerMessage message) {
		if (server == null) {
			return;
		}
		if (message.retain()) {
			retained.accept(message);
		}
		MqttPublishMessage publish = MqttMessageBuilders.publish().topicName(message.topic())
				.qos(MqttQoS.valueOf(message.qos())).retained(false)
				.payload(Unpooled.wrappedBuffer(message.payload())).build();
		server.internalPublish(publish, BrokerMessage.WORKBENCH);
		tap.published(message);
	}

	/** A client's last will, which Moquette has published to its subscribers: kept if retained, told to listeners. */
	private void willPublished(BrokerMessage will) {
		MessageTap current = tap;
		if (will.retain()) {
			retained.accept(will);
		}
		if (current != null) {
			current.published(will);
		}
	}

	/** Moquette's session loops that are not running (0 while the broker serves every client). */
	public synchronized int deadSessionLoops() {
		return server == null || layer == null ? 0 : layer.deadLoops();
	}

	@Override
	public BrokerStatistics statistics() {
		Presence current = presence;
		return statistics.snapshot(current == null || server == null ? 0 : current.connected(), log.refusedCount());
	}

	@Override
	public List<BrokerMessage> retained(String topicFilter) {
		return projectRetained.matching(topicFilter);
	}

	@Deactivate
	public synchronized void close() {
		LogBridge.removeListener(refusals);
		enforcer.close();
		stopServer();
		status = BrokerStatus.stopped(status.settings());
	}
}
