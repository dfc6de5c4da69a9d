package org.iotbench.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Declarative services for a headless application, which has no injection. */
final class Services {

	private static final long TIMEOUT_MS = 30_000;

	private Services() {
	}

	static <T> T get(Class<T> type) throws InterruptedException {
		Bundle bundle = FrameworkUtil.getBundle(Services.class);
		BundleContext context = bundle.getBundleContext();
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(TIMEOUT_MS);
		if (service == null) {
			throw new IllegalStateException("The service " + type.getName() //$NON-NLS-1$
					+ " is not available; is org.apache.felix.scr started?"); //$NON-NLS-1$
		}
		return service;
	}
}
