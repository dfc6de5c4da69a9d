package org.iotbench.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.iotbench.simulator.internal.CsvRows;
import org.iotbench.simulator.internal.Messages;

/**
 * A simulated device: a real MQTT client over TCP (Paho), connecting with its client's credentials as hardware does,
 * so the broker shows it online and logs it like any board. It publishes its payload template at its interval,
 * answers commands on its status topic, and reconnects by itself; a refused connection is retried every
 * {@value #RETRY_SECONDS} s, as firmware does, with the reason in its status. Thread-safe.
 */
public final class VirtualDevice implements AutoCloseable {

	/** Where a virtual device is in its life. */
	public enum State {
		STOPPED, CONNECTING, RUNNING,
		/** Not connected (refused, or the connection was lost) and trying again. */
		WAITING,
		/** Its count of messages is sent; it disconnected by itself. */
		FINISHED,
		/** Its template could not make a payload; it stopped. */
		FAILED
	}

	/**
	 * What a device is doing.
	 *
	 * @param sent     messages published since it started
	 * @param answered commands it answered
	 * @param problem  why it is waiting or failed, in words, or {@code null}
	 */
	public record Status(State state, long sent, long answered, String problem) {
	}

	static final int RETRY_SECONDS = 5;
	private static final int KEEP_ALIVE_SECONDS = 30;
	private static final int CONNECT_TIMEOUT_SECONDS = 10;
	private static final int MAX_INFLIGHT = 1_000;
	private static final long QUIESCE_MILLIS = 2_000;

	private final VirtualDeviceSettings settings;
	private final ScheduledExecutorService scheduler;
	private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
	private final AtomicLong sent = new AtomicLong();
	private final AtomicLong answered = new AtomicLong();
	private PayloadTemplate template;
	private MqttAsyncClient client;
	private ScheduledFuture<?> publishing;
	private ScheduledFuture<?> retry;
	private volatile Status status = new Status(State.STOPPED, 0, 0, null);

	/** @param scheduler the thread that publishes; devices may share one */
	public VirtualDevice(VirtualDeviceSettings settings, ScheduledExecutorService scheduler) {
		this.settings = settings;
		this.scheduler = scheduler;
	}

	public VirtualDeviceSettings settings() {
		return settings;
	}

	public Status status() {
		return status;
	}

	/** Tells {@code listener} of every change of state, on whichever thread made it. */
	public void addStatusListener(Consumer<Status> listener) {
		listeners.add(listener);
	}

	public void removeStatusListener(Consumer<Status> listener) {
		listeners.remove(listener);
	}

	/**
	 * Starts connecting and publishing; returns at once.
	 *
	 * @throws IllegalArgumentException when the payload template is wrong, said in words
	 * @throws IOException              when its CSV file cannot be read, said in words
	 */
	public synchronized void start() throws IOException {
		if (client != null) {
			return;
		}
		CsvRows csv = settings.csvFile() == null ? null : CsvRows.read(settings.csvFile());
		template = PayloadTemplate.compile(settings.payload(), settings.clientId(), csv);
		template.check(); // a function called wrongly shows now, not at the first tick
		sent.set(0);
		answered.set(0);
		try {
			client = new MqttAsyncClient(settings.serverUri(), settings.clientId(), new MemoryPersistence());
		} catch (MqttException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
		client.setCallback(new Callback());
		publish(State.CONNECTING, null);
		connect();
		publishing = scheduler.scheduleAtFixedRate(this::tick, 0, settings.intervalMillis(), TimeUnit.MILLISECONDS);
	}

	private synchronized void connect() {
		if (client == null) {
			return;
		}
		MqttConnectOptions options = new MqttConnectOptions();
		options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
		options.setCleanSession(true);
		options.setKeepAliveInterval(KEEP_ALIVE_SECONDS);
		options.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS);
		options.setAutomaticReconnect(true);
		options.setMaxReconnectDelay(RETRY_SECONDS * 1000);
		options.setMaxInflight(MAX_INFLIGHT);
		options.setUserName(settings.clientId());
		if (settings.password() != null) {
			options.setPassword(settings.password().toCharArray());
		}
		try {
			client.connect(options, null, new IMqttActionListener() {
				@Override
				public void onSuccess(IMqttToken token) {
					// connectComplete says so
				}

				@Override
				public void onFailure(IMqttToken token, Throwable cause) {
					refused(cause);
				}
			});
		} catch (MqttException e) {
			refused(e);
		}
	}

	private synchronized void refused(Throwable cause) {
		if (client == null) {
			return;
		}
		publish(State.WAITING, NLS.bind(Messages.Device_notConnected, RETRY_SECONDS, reason(cause)));
		retry = scheduler.schedule(this::connect, RETRY_SECONDS, TimeUnit.SECONDS);
	}

	/** A connection failure in words: Paho's reason codes 4 and 5 are the broker's refusals. */
	static String reason(Throwable cause) {
		if (cause instanceof MqttException e) {
			return switch (e.getReasonCode()) {
			case MqttException.REASON_CODE_FAILED_AUTHENTICATION -> Messages.Device_badCredentials;
			case MqttException.REASON_CODE_NOT_AUTHORIZED -> Messages.Device_notAuthorized;
			case MqttException.REASON_CODE_SERVER_CONNECT_ERROR -> e.getCause() == null ? e.getMessage()
					: e.getCause().getMessage();
			default -> e.getCause() == null ? e.getMessage() : e.getMessage() + ": " + e.getCause().getMessage(); //$NON-NLS-1$
			};
		}
		return String.valueOf(cause);
	}

	/** One message, if connected: a device that is offline does not queue readings. */
	private void tick() {
		MqttAsyncClient current;
		String payload;
		synchronized (this) {
			current = client;
			if (current == null || !current.isConnected()) {
				return;
			}
			try {
				payload = template.render();
			} catch (IllegalArgumentException e) {
				stopWith(State.FAILED, e.getMessage());
				return;
			}
		}
		try {
			current.publish(settings.topic(), payload.getBytes(StandardCharsets.UTF_8), settings.qos(),
					settings.retain());
		} catch (MqttException e) {
			return; // the connection went away between the check and the publish: the next tick tries again
		}
		long total = sent.incrementAndGet();
		if (settings.count() > 0 && total >= settings.count()) {
			stopWith(State.FINISHED, null);
		} else {
			publish(status.state(), status.problem());
		}
	}

	/** Stops publishing and disconnects; what is in flight is delivered first (at most 2 s). */
	public void stop() {
		stopWith(State.STOPPED, null);
	}

	private void stopWith(State state, String problem) {
		MqttAsyncClient closing;
		synchronized (this) {
			closing = client;
			client = null;
			if (publishing != null) {
				publishing.cancel(false);
			}
			if (retry != null) {
				retry.cancel(false);
			}
		}
		if (closing != null) {
			try {
				if (closing.isConnected()) {
					closing.disconnect(QUIESCE_MILLIS).waitForCompletion(QUIESCE_MILLIS + 1_000);
				}
			} catch (MqttException e) {
				// closing anyway
			}
			try {
				closing.close(true);
			} catch (MqttException e) {
				// nothing more to release
			}
		}
		publish(state, problem);
	}

	@Override
	public void close() {
		stop();
	}

	private void publish(State state, String problem) {
		status = new Status(state, sent.get(), answered.get(), problem);
		for (Consumer<Status> listener : listeners) {
			listener.accept(status);
		}
	}

	/** Paho's callbacks: connected (again), lost, a command. */
	private final class Callback implements MqttCallbackExtended {

		@Override
		public void connectComplete(boolean reconnect, String serverURI) {
			MqttAsyncClient current;
			synchronized (VirtualDevice.this) {
				current = client;
			}
			if (current == null) {
				return;
			}
			if (settings.commandFilter() != null) {
				try {
					current.subscribe(settings.commandFilter(), 1);
				} catch (MqttException e) {
					publish(State.RUNNING, NLS.bind(Messages.Device_notSubscribed, settings.commandFilter(),
							reason(e)));
					return;
				}
			}
			publish(State.RUNNING, null);
		}

		@Override
		public void connectionLost(Throwable cause) {
			publish(State.WAITING, NLS.bind(Messages.Device_lost, reason(cause)));
		}

		@Override
		public void messageArrived(String topic, MqttMessage message) {
			if (settings.statusTopic() == null) {
				return;
			}
			MqttAsyncClient current;
			synchronized (VirtualDevice.this) {
				current = client;
			}
			try {
				if (current != null) {
					current.publish(settings.statusTopic(), message.getPayload(), 1, true);
					answered.incrementAndGet();
					publish(status.state(), status.problem());
				}
			} catch (MqttException e) {
				// the answer is lost with the connection, as on hardware
			}
		}

		@Override
		public void deliveryComplete(IMqttDeliveryToken token) {
			// counted when handed to Paho
		}
	}
}
