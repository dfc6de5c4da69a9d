package org.iotbench.broker.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
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
import org.iotbench.registry.ClientRegistryService;
import org.iotbench.slf4j.LogBridge;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.moquette.broker.ClientDescriptor;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;

/** The local broker: Moquette 0.17, configured for a LAN, behind {@link BrokerService}. */
@Component(service = BrokerService.class)
public final class MoquetteBroker implements BrokerService {

	private final ClientRegistryService registry;
	private final ConnectionLog log = new ConnectionLog();
	private final List<Consumer<BrokerStatus>> listeners = new CopyOnWriteArrayList<>();
	private final RefusalListener refusals;
	private volatile BrokerStatus status = BrokerStatus.stopped(null);
	private final List<Consumer<BrokerMessage>> messageListeners = MessageTap.newListenerList();
	/** Retained messages as devices see them: changed as soon as a device or project publishes one. */
	private final RetainedMessages retained = new RetainedMessages();
	/** Retained messages as local projects see them: changed in order with the messages they receive. */
	private final RetainedMessages projectRetained = new RetainedMessages();
	private Server server;
	private volatile PresenceInterceptor presence;
	private MessageTap tap;
	private volatile StatisticsCounters statistics = new StatisticsCounters();
	private QueueOverflowListener overflows;

	@Activate
	public MoquetteBroker(@Reference ClientRegistryService registry) {
		this.registry = registry;
		this.refusals = new RefusalListener(log, this::boundPort, this::maxMessageBytes);
		LogBridge.addListener(refusals);
	}

	private int maxMessageBytes() {
		BrokerStatus current = status;
		return current.settings() == null ? BrokerSettings.DEFAULT_MAX_MESSAGE_BYTES : current.settings().maxMessageBytes();
	}

	private int boundPort() {
		BrokerStatus current = status;
		return current.running() ? current.settings().port() : -1;
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
			presence = new PresenceInterceptor(registry, log, clientId -> addressOf(authenticator, clientId));
			retained.clear();
			projectRetained.clear();
			statistics = new StatisticsCounters();
			RetainedHandOff handOff = new RetainedHandOff();
			tap = new MessageTap(messageListeners, statistics, handOff, projectRetained);
			BrokerLayer layer = new BrokerLayer(registry, log, retained, handOff, statistics);
			overflows = new QueueOverflowListener(layer);
			LogBridge.addListener(overflows);
			Server started = new Server();
			try {
				started.startServer(new MemoryConfig(configuration(settings)), List.of(presence, tap), null,
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
			return publish(new BrokerStatus(BrokerState.RUNNING, settings, "", //$NON-NLS-1$
					LanAddresses.endpoints(settings, settings.port()), Instant.now()));
		} catch (IOException | RuntimeException e) {
			return publish(new BrokerStatus(BrokerState.FAILED, settings, StartFailure.reason(e, settings), List.of(),
					Instant.now()));
		}
	}

	private String addressOf(RegistryAuthenticator authenticator, String clientId) {
		String address = authenticator.takeAddress(clientId);
		if (address != null) {
			return address;
		}
		Server current = server;
		if (current != null) {
			for (ClientDescriptor client : current.listConnectedClients()) {
				if (client.getClientID().equals(clientId)) {
					return client.getAddress() + ':' + client.getPort();
				}
			}
		}
		return org.iotbench.broker.ConnectionEvent.UNKNOWN_ADDRESS;
	}

	/** Fails early, with a clear reason, when the port is taken: Moquette would leave threads behind. */
	private static void probe(BrokerSettings settings) throws IOException {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(settings.bindAddress(), settings.port()));
		}
	}

	private static final int SESSION_QUEUE_SIZE = 16_384;

	static Properties configuration(BrokerSettings settings) {
		Properties config = new Properties();
		config.setProperty("host", settings.bindAddress()); //$NON-NLS-1$
		config.setProperty("port", Integer.toString(settings.port())); //$NON-NLS-1$
		config.setProperty("websocket_port", "disabled"); //$NON-NLS-1$ //$NON-NLS-2$
		config.setProperty("allow_anonymous", Boolean.toString(settings.allowAnonymous())); //$NON-NLS-1$
		config.setProperty("allow_zero_byte_client_id", "false"); //$NON-NLS-1$ //$NON-NLS-2$
		// Never phone home, never write into the working directory.
		config.setProperty("telemetry_enabled", "false"); //$NON-NLS-1$ //$NON-NLS-2$
		config.setProperty("persistence_enabled", "false"); //$NON-NLS-1$ //$NON-NLS-2$
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

	private void stopServer() {
		if (server != null) {
			quietlyStop(server);
			server = null;
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
		if (message.retain()) {
			// The workbench keeps retained messages itself: Moquette would clear the topic's on a QoS 0 one.
			retained.accept(message);
		}
		MqttPublishMessage publish = MqttMessageBuilders.publish().topicName(message.topic())
				.qos(MqttQoS.valueOf(message.qos())).retained(false)
				.payload(Unpooled.wrappedBuffer(message.payload())).build();
		server.internalPublish(publish, BrokerMessage.WORKBENCH);
		statistics.published();
		tap.published(message);
	}

	@Override
	public BrokerStatistics statistics() {
		PresenceInterceptor current = presence;
		return statistics.snapshot(current == null || server == null ? 0 : current.connected(), log.refusedCount());
	}

	@Override
	public List<BrokerMessage> retained(String topicFilter) {
		return projectRetained.matching(topicFilter);
	}

	@Deactivate
	public synchronized void close() {
		LogBridge.removeListener(refusals);
		stopServer();
		status = BrokerStatus.stopped(status.settings());
	}
}
