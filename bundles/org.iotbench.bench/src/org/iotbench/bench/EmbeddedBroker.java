package org.iotbench.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.iotbench.broker.BrokerService;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.broker.StandaloneBroker;
import org.iotbench.registry.LoadProblem;
import org.iotbench.registry.RegistryException;
import org.iotbench.registry.StandaloneRegistry;

/**
 * Our broker as the product runs it: {@link StandaloneBroker} with authentication against a {@link StandaloneRegistry}
 * (real PBKDF2 hashes) in a folder of its own. Each {@link #start()} opens the registry afresh, so that the first
 * connect of every client pays its slow hash again, as after a start of the workbench.
 */
final class EmbeddedBroker implements AutoCloseable {

	static final String LABEL = "ours";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(10);

	private final Path registryFile;
	private StandaloneRegistry registry;
	private StandaloneBroker broker;

	EmbeddedBroker(Path folder) {
		this.registryFile = folder.resolve(StandaloneRegistry.FILE_NAME);
	}

	/**
	 * Registers the fleet, one slow hash and one save of the registry per client.
	 *
	 * @return how long it took
	 */
	Duration register(Fleet fleet, BooleanSupplier cancelled) throws RegistryException {
		long start = System.nanoTime();
		StandaloneRegistry target = StandaloneRegistry.open(registryFile);
		try {
			for (int i = 0; i < fleet.size() && !cancelled.getAsBoolean(); i++) {
				target.register(null, fleet.id(i), fleet.password(i).toCharArray(), "iotbench bench");
			}
		} finally {
			target.close();
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/**
	 * Starts the broker on a free port with a freshly opened registry, and waits until it accepts connections.
	 *
	 * @throws BrokerStartException with the reason when it does not start
	 */
	Endpoint start() throws BrokerStartException, InterruptedException {
		stop();
		int port;
		try {
			port = LoopbackPorts.free();
		} catch (IOException e) {
			throw new BrokerStartException("no free port on " + LoopbackPorts.HOST + ": " + e.getMessage());
		}
		registry = StandaloneRegistry.open(registryFile);
		Optional<LoadProblem> problem = registry.loadProblem();
		if (problem.isPresent()) {
			stop();
			throw new BrokerStartException(problem.get().message());
		}
		broker = StandaloneBroker.create(registry);
		BrokerStatus status = broker
				.start(new BrokerSettings(LoopbackPorts.HOST, port, false, BrokerSettings.DEFAULT_MAX_MESSAGE_BYTES));
		if (!status.running()) {
			stop();
			throw new BrokerStartException(status.reason());
		}
		// Moquette binds asynchronously: wait until the port really accepts connections.
		if (!LoopbackPorts.awaitOpen(port, START_TIMEOUT, () -> true)) {
			stop();
			throw new BrokerStartException(
					"it did not accept connections on port " + port + " within " + START_TIMEOUT.toSeconds() + " s");
		}
		return new Endpoint(LABEL, port, ProcessHandle.current());
	}

	/**
	 * The running broker as the workbench's projects see it.
	 *
	 * @throws IllegalStateException if it is not started
	 */
	BrokerService service() {
		if (broker == null) {
			throw new IllegalStateException("our broker is not started");
		}
		return broker;
	}

	/** Stops the broker and closes the registry, if they run. */
	void stop() {
		if (broker != null) {
			broker.close();
			broker = null;
		}
		if (registry != null) {
			registry.close();
			registry = null;
		}
	}

	@Override
	public void close() {
		stop();
	}
}
