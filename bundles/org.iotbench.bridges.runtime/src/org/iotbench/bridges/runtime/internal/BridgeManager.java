package org.iotbench.bridges.runtime.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.iotbench.bridges.Bridge;
import org.iotbench.bridges.BridgeConfiguration;
import org.iotbench.bridges.runtime.BridgeCheck;
import org.iotbench.bridges.runtime.BridgeException;
import org.iotbench.bridges.runtime.BridgeFile;
import org.iotbench.bridges.runtime.BridgePassword;
import org.iotbench.bridges.runtime.BridgeService;
import org.iotbench.bridges.runtime.BridgeState;
import org.iotbench.bridges.runtime.BridgeStatus;
import org.iotbench.bridges.runtime.StandaloneBridges;
import org.iotbench.broker.BrokerService;
import org.iotbench.broker.BrokerStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs the bridges of the data folder beside the local broker: each enabled, valid bridge has a {@link BridgeLink}
 * while the broker runs. The file is checked every {@value BridgeService#WATCH_SECONDS} seconds; a bridge whose
 * settings changed is restarted, the others go on untouched. All changes happen on one thread of this manager.
 */
@Component(service = BridgeService.class, immediate = true)
public final class BridgeManager implements StandaloneBridges {

	private final BrokerService broker;
	private final BridgeFile file;
	private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "IoT Workbench bridges"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});
	private final List<Consumer<BridgeStatus>> listeners = new CopyOnWriteArrayList<>();
	private final Consumer<BrokerStatus> brokerListener = status -> worker.execute(this::apply);
	/** The bridges as last read, in the file's order. */
	private volatile List<Bridge> configured = List.of();
	private final Map<String, BridgeLink> links = new HashMap<>();
	private final Map<String, Bridge> linkSettings = new HashMap<>();
	private final Map<String, BridgeStatus> notRunning = new LinkedHashMap<>();
	private boolean read;

	@Activate
	public BridgeManager(@Reference BrokerService broker) throws IOException {
		this(broker, BridgeFile.current());
	}

	public BridgeManager(BrokerService broker, BridgeFile file) {
		this.broker = broker;
		this.file = file;
		broker.addStatusListener(brokerListener);
		worker.scheduleWithFixedDelay(this::apply, 0, WATCH_SECONDS, TimeUnit.SECONDS);
	}

	@Override
	public List<BridgeStatus> statuses() {
		List<BridgeStatus> statuses = new ArrayList<>();
		synchronized (links) {
			for (Bridge bridge : configured) {
				BridgeLink link = links.get(bridge.getName());
				statuses.add(link != null ? link.status()
						: notRunning.getOrDefault(bridge.getName(),
								BridgeStatus.stopped(bridge.getName(), bridge.getHost() + ':' + bridge.getPort())));
			}
		}
		return statuses;
	}

	@Override
	public void addStatusListener(Consumer<BridgeStatus> listener) {
		listeners.add(listener);
	}

	@Override
	public void removeStatusListener(Consumer<BridgeStatus> listener) {
		listeners.remove(listener);
	}

	@Override
	public void reload() {
		try {
			worker.submit(() -> {
				read = false;
				apply();
			}).get(30, TimeUnit.SECONDS);
		} catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
			ILog.of(BridgeManager.class).error("Bridges not reloaded: " + e, e); //$NON-NLS-1$
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Reads the file if it changed, then starts, restarts and stops links to match it and the broker's state. */
	private void apply() {
		try {
			if (!read || file.changedOnDisk()) {
				read = true;
				configured = List.copyOf(EcoreUtil.copyAll(file.read().getBridges()));
			}
		} catch (BridgeException e) {
			ILog.of(BridgeManager.class).error(e.getMessage(), e);
			configured = List.of();
		} catch (RuntimeException e) {
			ILog.of(BridgeManager.class).error("Bridges: " + e, e); //$NON-NLS-1$
			return;
		}
		boolean running = broker.status().running();
		Map<String, Bridge> wanted = new LinkedHashMap<>();
		synchronized (links) {
			notRunning.clear();
		}
		for (Bridge bridge : configured) {
			List<String> problems = BridgeCheck.problems(bridge);
			String upstream = bridge.getHost() + ':' + bridge.getPort();
			if (!problems.isEmpty()) {
				stopped(bridge.getName(), new BridgeStatus(bridge.getName(), upstream, BridgeState.INVALID,
						java.time.Instant.now(), String.join("; ", problems), 0, 0, 0, 0)); //$NON-NLS-1$
			} else if (running && bridge.isEnabled()) {
				wanted.put(bridge.getName(), bridge);
			} else {
				stopped(bridge.getName(), BridgeStatus.stopped(bridge.getName(), upstream));
			}
		}
		for (String name : new ArrayList<>(links.keySet())) {
			Bridge want = wanted.get(name);
			if (want == null || !EcoreUtil.equals(want, linkSettings.get(name))) {
				stop(name);
			}
		}
		for (Bridge bridge : wanted.values()) {
			if (!links.containsKey(bridge.getName())) {
				start(bridge);
			}
		}
	}

	private void stopped(String name, BridgeStatus status) {
		synchronized (links) {
			notRunning.put(name, status);
		}
		if (!links.containsKey(name)) {
			tell(status);
		}
	}

	private void start(Bridge bridge) {
		try {
			BridgeLink link = new BridgeLink(bridge, BridgePassword.read(bridge.getName()), broker,
					file.queueFile(bridge.getName()), this::tell);
			synchronized (links) {
				links.put(bridge.getName(), link);
				linkSettings.put(bridge.getName(), bridge);
			}
			link.start();
		} catch (BridgeException | IOException | RuntimeException e) {
			String reason = e.getMessage() == null ? e.toString() : e.getMessage();
			ILog.of(BridgeManager.class).error(reason, e);
			stopped(bridge.getName(), new BridgeStatus(bridge.getName(), bridge.getHost() + ':' + bridge.getPort(),
					BridgeState.INVALID, java.time.Instant.now(), reason, 0, 0, 0, 0));
		}
	}

	private void stop(String name) {
		BridgeLink link;
		synchronized (links) {
			link = links.remove(name);
			linkSettings.remove(name);
		}
		if (link != null) {
			link.close();
			BridgeStatus last = link.status();
			tell(notRunning.getOrDefault(name, BridgeStatus.stopped(name, last.upstream())));
		}
	}

	private void tell(BridgeStatus status) {
		for (Consumer<BridgeStatus> listener : listeners) {
			try {
				listener.accept(status);
			} catch (RuntimeException e) {
				ILog.of(BridgeManager.class).error("A bridge status listener failed: " + e, e); //$NON-NLS-1$
			}
		}
	}

	@Deactivate
	public void close() {
		broker.removeStatusListener(brokerListener);
		try {
			worker.submit(() -> {
				for (String name : new ArrayList<>(links.keySet())) {
					stop(name);
				}
			}).get(30, TimeUnit.SECONDS);
		} catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
			ILog.of(BridgeManager.class).error("Bridges not stopped: " + e, e); //$NON-NLS-1$
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		worker.shutdownNow();
	}
}
