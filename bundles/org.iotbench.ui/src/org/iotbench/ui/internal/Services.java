package org.iotbench.ui.internal;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ServiceCaller;
import org.iotbench.broker.BrokerService;
import org.iotbench.projects.core.ProjectService;
import org.iotbench.registry.ClientRegistryService;

/**
 * The declarative services the workbench parts use, through Equinox's {@link ServiceCaller}: it follows each service
 * (a service that goes away is released, a new one picked up), and the framework releases them when the bundle
 * stops. Only at start may a caller wait a moment for Declarative Services to register them.
 */
public final class Services {

	private static final long TIMEOUT_MS = 10_000;
	private static final ServiceCaller<BrokerService> BROKER = new ServiceCaller<>(Services.class,
			BrokerService.class);
	private static final ServiceCaller<ClientRegistryService> REGISTRY = new ServiceCaller<>(Services.class,
			ClientRegistryService.class);
	private static final ServiceCaller<org.iotbench.bridges.runtime.BridgeService> BRIDGES = new ServiceCaller<>(
			Services.class, org.iotbench.bridges.runtime.BridgeService.class);
	private static final ServiceCaller<ProjectService> PROJECTS = new ServiceCaller<>(Services.class,
			ProjectService.class);

	private Services() {
	}

	public static BrokerService broker() {
		return current(BROKER, BrokerService.class);
	}

	public static ClientRegistryService registry() {
		return current(REGISTRY, ClientRegistryService.class);
	}

	public static org.iotbench.bridges.runtime.BridgeService bridges() {
		return current(BRIDGES, org.iotbench.bridges.runtime.BridgeService.class);
	}

	public static ProjectService projects() {
		return current(PROJECTS, ProjectService.class);
	}

	private static <T> T current(ServiceCaller<T> caller, Class<T> type) {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MS);
		while (true) {
			Optional<T> service = caller.current();
			if (service.isPresent()) {
				return service.get();
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(type.getName() + " is not available (is org.apache.felix.scr started?)"); //$NON-NLS-1$
			}
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(type.getName() + " is not available", e); //$NON-NLS-1$
			}
		}
	}
}
