package org.iotbench.ui.internal.simulator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.iotbench.broker.BrokerPreferences;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.simulator.VirtualDevice;
import org.iotbench.simulator.VirtualDevice.State;
import org.iotbench.simulator.VirtualDeviceSettings;
import org.iotbench.ui.internal.Log;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;

/**
 * The virtual devices the workbench runs, one per client at most, on two shared threads. They connect to the local
 * broker over TCP like any board; those running when the workbench closes run again when it starts.
 */
public final class VirtualDevices {

	private static final VirtualDevices INSTANCE = new VirtualDevices();
	private static final String LOOPBACK = "127.0.0.1"; //$NON-NLS-1$

	private final Map<String, VirtualDevice> running = new ConcurrentHashMap<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, runnable -> {
		Thread thread = new Thread(runnable, "IoT Workbench virtual devices"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});
	private VirtualDeviceStore store;

	private VirtualDevices() {
	}

	public static VirtualDevices instance() {
		return INSTANCE;
	}

	/** Starts the devices that ran at the last exit, and stops and remembers them at this one. */
	public static void install(IWorkbench workbench) {
		VirtualDevices devices = instance();
		for (String clientId : devices.store().map(VirtualDeviceStore::runningAtExit).orElse(List.of())) {
			devices.startSaved(clientId);
		}
		workbench.addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench closing, boolean forced) {
				devices.stopAll();
				return true;
			}

			@Override
			public void postShutdown(IWorkbench closed) {
				// nothing
			}
		});
	}

	synchronized Optional<VirtualDeviceStore> store() {
		if (store == null) {
			try {
				store = new VirtualDeviceStore();
			} catch (IOException e) {
				Log.error(e.getMessage(), e);
				return Optional.empty();
			}
		}
		return Optional.of(store);
	}

	/** The device of a client, if one runs (or waits, or finished and was not yet stopped). */
	public Optional<VirtualDevice> of(String clientId) {
		return Optional.ofNullable(running.get(clientId));
	}

	/** Whether the client's device is running or trying to connect. */
	public boolean active(String clientId) {
		return of(clientId).map(device -> switch (device.status().state()) {
		case CONNECTING, RUNNING, WAITING -> true;
		default -> false;
		}).orElse(false);
	}

	/** Called on any change of any device's state, on the thread that made it. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/**
	 * Starts a device for its client, stopping the one it replaces.
	 *
	 * @throws IllegalArgumentException when its template is wrong, said in words
	 * @throws IOException              when its CSV file cannot be read, said in words
	 */
	public void start(VirtualDeviceSettings settings) throws IOException {
		stop(settings.clientId());
		VirtualDevice device = new VirtualDevice(settings, scheduler);
		device.addStatusListener(status -> listeners.forEach(Runnable::run));
		device.start();
		running.put(settings.clientId(), device);
		listeners.forEach(Runnable::run);
	}

	/** Stops a client's device, if one runs. */
	public void stop(String clientId) {
		VirtualDevice device = running.remove(clientId);
		if (device != null) {
			device.stop();
			listeners.forEach(Runnable::run);
		}
	}

	private void startSaved(String clientId) {
		store().ifPresent(saved -> saved.saved(clientId).ifPresent(device -> {
			try {
				start(settings(clientId, saved.password(clientId), device));
			} catch (IOException | IllegalArgumentException e) {
				Log.error(NLS.bind(Messages.VirtualDevice_notResumed, clientId, e.getMessage()), e);
			}
		}));
	}

	/** Stops every device, remembering which ran. */
	void stopAll() {
		try {
			store().ifPresent(saved -> {
				try {
					saved.markRunning(running.keySet().stream().filter(this::active)
							.collect(java.util.stream.Collectors.toSet()));
				} catch (IOException e) {
					Log.error(e.getMessage(), e);
				}
			});
		} finally {
			for (String clientId : List.copyOf(running.keySet())) {
				stop(clientId);
			}
		}
	}

	/**
	 * The settings of a client's device on the local broker: the address it listens on (loopback when it listens on
	 * every interface) and its plain MQTT port.
	 */
	static VirtualDeviceSettings settings(String clientId, String password, VirtualDeviceStore.Saved saved) {
		BrokerStatus status = Services.broker().status();
		BrokerSettings broker = status.running() ? status.settings() : BrokerPreferences.load();
		String host = broker.allInterfaces() ? LOOPBACK : broker.bindAddress();
		return new VirtualDeviceSettings(clientId, password, host, broker.port(), saved.topic, saved.payload,
				saved.intervalMillis, saved.count, saved.qos, saved.retain, blankToNull(saved.commandFilter),
				blankToNull(saved.statusTopic), saved.csvFile == null || saved.csvFile.isBlank() ? null
						: Path.of(saved.csvFile));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A status in words for the Clients view: empty when the client has no device. */
	public String describe(String clientId) {
		return of(clientId).map(device -> {
			VirtualDevice.Status status = device.status();
			String state = switch (status.state()) {
			case CONNECTING -> Messages.VirtualDevice_connecting;
			case RUNNING -> NLS.bind(Messages.VirtualDevice_running, status.sent());
			case WAITING -> Messages.VirtualDevice_waiting;
			case FINISHED -> NLS.bind(Messages.VirtualDevice_finished, status.sent());
			case FAILED -> Messages.VirtualDevice_failed;
			case STOPPED -> ""; //$NON-NLS-1$
			};
			return status.problem() == null || status.state() == State.RUNNING ? state
					: state + ": " + status.problem(); //$NON-NLS-1$
		}).orElse(""); //$NON-NLS-1$
	}
}
