package org.iotbench.ui.internal;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import org.iotbench.broker.BrokerService;
import org.iotbench.projects.core.ProjectService;
import org.iotbench.registry.ClientRegistryService;

/** The declarative services the workbench parts use, tracked once per service type. */
public final class Services {

	private static final long TIMEOUT_MS = 10_000;
	private static ServiceTracker<BrokerService, BrokerService> broker;
	private static ServiceTracker<ClientRegistryService, ClientRegistryService> registry;
	private static ServiceTracker<ProjectService, ProjectService> projects;

	private Services() {
	}

	public static synchronized BrokerService broker() {
		if (broker == null) {
			broker = open(BrokerService.class);
		}
		return await(broker, BrokerService.class);
	}

	public static synchronized ClientRegistryService registry() {
		if (registry == null) {
			registry = open(ClientRegistryService.class);
		}
		return await(registry, ClientRegistryService.class);
	}

	public static synchronized ProjectService projects() {
		if (projects == null) {
			projects = open(ProjectService.class);
		}
		return await(projects, ProjectService.class);
	}

	private static <T> ServiceTracker<T, T> open(Class<T> type) {
		BundleContext context = FrameworkUtil.getBundle(Services.class).getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		return tracker;
	}

	private static <T> T await(ServiceTracker<T, T> tracker, Class<T> type) {
		try {
			T service = tracker.waitForService(TIMEOUT_MS);
			if (service != null) {
				return service;
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		throw new IllegalStateException(type.getName() + " is not available (is org.apache.felix.scr started?)"); //$NON-NLS-1$
	}
}
