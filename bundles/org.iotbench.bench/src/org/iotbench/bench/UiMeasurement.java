package org.iotbench.bench;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.paho.client.mqttv3.MqttException;
import org.iotbench.sessions.SessionException;

/**
 * The UI load: a project's message list open while the project is flooded. It lives in the fragment
 * {@code org.iotbench.bench.ui} (UiLoad), which brings SWT and the workbench's message list; this bundle stays free of
 * both, and without the fragment the benchmark runs without UI figures.
 */
interface UiMeasurement {

	/** How often a probe is posted to the UI thread. */
	int PROBE_PERIOD_MS = 10;
	/** Probes posted but not run yet when the flood ended get this long to run. */
	Duration DRAIN_LIMIT = Duration.ofSeconds(5);

	/** SWT could not open a display (none, or no GTK): the UI load cannot run in this process. */
	final class NoDisplayException extends Exception {

		private static final long serialVersionUID = 1L;

		NoDisplayException(Throwable cause) {
			super(String.valueOf(cause.getMessage()), cause);
		}
	}

	/**
	 * What the UI load measured.
	 *
	 * @param flood     the flood as the project's store recorded it (rate: recorded per second, from the first publish
	 *                  to the last message recorded)
	 * @param waits     how long each probe posted during the flood waited until it ran, in nanoseconds, sorted
	 * @param unrun     probes posted during the load that never ran (the UI thread was stuck until the end)
	 * @param tableRows the table's item count at the end
	 * @param storeSize the rows the table should show at the end: the store's messages, at most the list's window
	 * @param treeRefreshes   how many times the topic tree showed new figures during the flood
	 * @param treeRefreshMaxMs the longest of those refreshes on the UI thread
	 * @param topics          the distinct topics in the tree at the end
	 * @param seconds         how long the flood lasted
	 * @param listShowMaxMs   the longest time the message list took to show new rows on the UI thread
	 * @param chartPoints     the points of the chart's lines at the end of the flood
	 * @param chartRefreshMaxMs the longest time the chart took to draw new points on the UI thread
	 */
	record Result(ThroughputLoad.Result flood, long[] waits, int unrun, int tableRows, int storeSize, int treeRefreshes,
			double treeRefreshMaxMs, int topics, double seconds, double listShowMaxMs, int chartPoints,
			double chartRefreshMaxMs) {
	}

	/**
	 * What the dashboard load measured.
	 *
	 * @param flood      the flood as the project's store recorded it
	 * @param waits      how long each probe posted during the flood waited until it ran, in nanoseconds, sorted
	 * @param unrun      probes posted during the load that never ran
	 * @param widgets    the widgets of the dashboard
	 * @param repaints   how many times a widget was shown a new state during the flood
	 * @param seconds    how long the flood lasted
	 * @param tickMaxMs  the longest look of all widgets at their states on the UI thread
	 */
	record DashboardResult(ThroughputLoad.Result flood, long[] waits, int unrun, int widgets, long repaints,
			double seconds, double tickMaxMs) {
	}

	/** The widgets of the dashboard load. */
	int DASHBOARD_WIDGETS = 30;
	/** The messages a second across the dashboard's topics, as issue 11 asks. */
	int DASHBOARD_RATE = 2_000;
	/** How long the dashboard load floods. */
	int DASHBOARD_SECONDS = 30;

	/**
	 * Runs the dashboard load: a dashboard of {@link #DASHBOARD_WIDGETS} widgets open while {@link #DASHBOARD_RATE}
	 * messages a second arrive on their topics under {@code topic} for {@link #DASHBOARD_SECONDS} s. The calling thread
	 * becomes the UI thread until it returns.
	 *
	 * @throws NoDisplayException when SWT cannot open a display
	 */
	DashboardResult dashboard(String topic)
			throws NoDisplayException, MqttException, SessionException, InterruptedException;

	/** The distinct topics the UI load publishes on, as levels {@code dev<n>/s<m>} under its topic. */
	int TOPICS = 10_000;
	/**
	 * The most messages a second the UI load publishes: a busy project, while the cores stay shared by the broker, the
	 * device, the history and the UI (flooding as fast as the broker goes starves the UI thread of CPU on 2 cores).
	 */
	int RATE = 20_000;

	/**
	 * Runs the load: {@code messages} on {@link #TOPICS} topics under {@code topic}. The calling thread becomes the UI thread until
	 * it returns.
	 *
	 * @throws NoDisplayException when SWT cannot open a display
	 */
	Result run(String topic, int messages)
			throws NoDisplayException, MqttException, SessionException, InterruptedException;

	/**
	 * The UI load, when its fragment is installed.
	 *
	 * @throws IllegalStateException when the fragment's UiLoad is not the one this benchmark expects
	 */
	static Optional<UiMeasurement> create(ClientFactory clients, Endpoint endpoint, ProjectLoads.Opener projects,
			BooleanSupplier cancelled) {
		Class<?> type;
		try {
			// a fragment's classes load through this bundle's class loader
			type = Class.forName(UiMeasurement.class.getPackageName() + ".UiLoad", true, //$NON-NLS-1$
					UiMeasurement.class.getClassLoader());
		} catch (ClassNotFoundException e) {
			return Optional.empty();
		}
		try {
			return Optional.of((UiMeasurement) type.getDeclaredConstructor(ClientFactory.class, Endpoint.class,
					ProjectLoads.Opener.class, BooleanSupplier.class).newInstance(clients, endpoint, projects, cancelled));
		} catch (ReflectiveOperationException | ClassCastException e) {
			throw new IllegalStateException("the UI load of org.iotbench.bench.ui does not fit this benchmark", e); //$NON-NLS-1$
		}
	}
}
