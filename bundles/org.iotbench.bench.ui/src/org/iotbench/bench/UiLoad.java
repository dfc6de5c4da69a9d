package org.iotbench.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.iotbench.history.ChartSampler;
import org.iotbench.history.History;
import org.iotbench.history.SeriesPoints;
import org.iotbench.payloads.JsonPath;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.rcp.BackgroundPriority;
import org.iotbench.sessions.MessageStore;
import org.iotbench.sessions.SessionException;
import org.iotbench.ui.internal.charts.LineChart;
import org.iotbench.ui.internal.projects.MessageList;
import org.iotbench.ui.internal.topics.TopicsTree;

/**
 * The UI load: the project editor's message list ({@link MessageList}: every message shown, no colours) open in a
 * shell of {@value #WIDTH}x{@value #HEIGHT} over a project of its own, while the fleet's publisher floods the project
 * as the ingest load does (QoS 0, 64 bytes, at most 1,000 messages ahead of what the project recorded) and the UI
 * thread runs its event loop. Meanwhile a probe thread posts a runnable with {@link Display#asyncExec} every
 * {@value #PROBE_PERIOD_MS} ms, carrying {@link System#nanoTime()} taken just before; the runnable takes how long it
 * waited. Measured: what the project's store recorded per second, how long the probes posted during the flood (from the
 * first publish to the last message recorded) waited, and, once the store is quiet and the list refreshed, the rows of
 * the table beside the messages of the store.
 * <p>
 * The thread that calls {@link #run} creates the display and makes every SWT call: it is the UI thread. Bounded: the
 * device stops publishing after {@value #PUBLISH_LIMIT_S} s, and the flood (its wait for stragglers included) and the
 * event loop stop after {@value #LIMIT_S} s at most.
 */
final class UiLoad implements UiMeasurement {

	/** What a flood measured. */
	record Flooded(ThroughputLoad.Result flood, long[] waits, int unrun) {
	}

	static final int WIDTH = 1_000;
	static final int HEIGHT = 700;
	static final int LIMIT_S = 60;
	/** Leaves the flood time to wait for its stragglers within {@link #LIMIT_S}. */
	static final int PUBLISH_LIMIT_S = 50;

	/** The shell is mapped and painted before anything is measured. */
	private static final Duration SETTLE = Duration.ofMillis(500);
	/** The table gets this long to show what the store holds once it is quiet. */
	private static final Duration FINAL_REFRESH_LIMIT = Duration.ofMillis(10L * MessageList.REFRESH_MS);
	/** How long the flood thread gets to end once it was interrupted at the limit. */
	private static final Duration JOIN_LIMIT = Duration.ofSeconds(5);
	private static final int MAX_PROBES = LIMIT_S * 1_000 / PROBE_PERIOD_MS + 100;
	/** The chart's lines: the value of the JSON payloads of one device's topics each. */
	private static final int CHART_LINES = 4;
	/** The chart's window: the whole flood. */
	private static final long CHART_WINDOW_MS = LIMIT_S * 1_000L;
	/** How often the chart draws new points, as the chart editor does. */
	private static final int CHART_REFRESH_MS = 500;

	private final ClientFactory clients;
	private final Endpoint endpoint;
	private final ProjectLoads.Opener projects;
	private final BooleanSupplier cancelled;

	UiLoad(ClientFactory clients, Endpoint endpoint, ProjectLoads.Opener projects, BooleanSupplier cancelled) {
		this.clients = clients;
		this.endpoint = endpoint;
		this.projects = projects;
		this.cancelled = cancelled;
	}

	/**
	 * {@inheritDoc} The display stays open for the next load of this thread: SWTChart keeps fonts of the first display
	 * it drew on, so a second display in the same process fails in its axes.
	 */
	@Override
	public Result run(String topic, int messages)
			throws NoDisplayException, MqttException, SessionException, InterruptedException {
		Display display = openDisplay();
		Shell shell = new Shell(display);
		Optional<BackgroundPriority> priority = BackgroundPriority.start();
		try {
			return measure(display, shell, topic, messages);
		} finally {
			priority.ifPresent(BackgroundPriority::close);
			shell.dispose();
		}
	}

	@Override
	public DashboardResult dashboard(String topic)
			throws NoDisplayException, MqttException, SessionException, InterruptedException {
		Display display = openDisplay();
		Shell shell = new Shell(display);
		Optional<BackgroundPriority> priority = BackgroundPriority.start();
		try {
			return new DashboardLoad(this, projects).measure(display, shell, topic);
		} finally {
			priority.ifPresent(BackgroundPriority::close);
			shell.dispose();
		}
	}

	/** The display of this thread, opened by the first load. */
	private static Display openDisplay() throws NoDisplayException {
		Display current = Display.getCurrent();
		if (current != null && !current.isDisposed()) {
			return current;
		}
		try {
			return new Display();
		} catch (SWTError | SWTException | LinkageError e) {
			// no X server or Wayland compositor to talk to, or no GTK on this machine
			throw new NoDisplayException(e);
		}
	}

	private Result measure(Display display, Shell shell, String topic, int messages)
			throws MqttException, SessionException, InterruptedException {
		shell.setText("iotbench bench: a project's topic tree, message list and chart under a flood");
		shell.setLayout(new FillLayout());
		Path folder;
		try {
			folder = Files.createTempDirectory("iotbench-ui-history-");
		} catch (IOException e) {
			throw new SessionException("no folder for the project's history: " + e.getMessage());
		}
		try (BenchProject project = projects.open(); History history = openHistory(folder)) {
			MessageStore store = project.messages();
			store.setJournal(history);
			SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
			TopicsTree tree = new TopicsTree(sash, history.topics(), topicShown -> {
				// the list is not limited: it shows every message
			}, PayloadDecoder::guessing);
			SashForm column = new SashForm(sash, SWT.VERTICAL);
			Composite right = new Composite(column, SWT.NONE);
			GridLayout layout = new GridLayout();
			layout.marginWidth = 0;
			layout.marginHeight = 0;
			right.setLayout(layout);
			MessageList list = new MessageList(right, store, history, message -> true, message -> null, message -> {
				// nothing to show beside the list
			});
			Composite chartArea = new Composite(column, SWT.NONE);
			chartArea.setLayout(new FillLayout());
			LineChart chart = new LineChart(chartArea, zoom -> {
				// no zoom during the load
			});
			column.setWeights(60, 40);
			sash.setWeights(35, 65);
			List<ChartSampler.Line> lines = new ArrayList<>();
			for (int device = 0; device < CHART_LINES; device++) { // one device's 100 topics a line: 200 msg/s each
				lines.add(new ChartSampler.Line(topic + "/dev" + device + "/+", JsonPath.parse("$.v")));
			}
			ChartRefresh charting = new ChartRefresh(display, chart, new ChartSampler(lines, store, history,
					PayloadDecoder::guessing, CHART_WINDOW_MS).start());
			try {
				shell.setSize(WIDTH, HEIGHT);
				shell.open();
				loop(display, () -> false, System.nanoTime() + SETTLE.toNanos());
				tree.viewer().setAutoExpandLevel(3); // the levels down to the devices open: rows to fill as they come
				int refreshesBefore = tree.refreshes();
				long floodStart = System.nanoTime();
				Flooded flooded = flood(display, project,
						index -> topic + "/dev" + index % 100 + "/s" + index / 100 % (TOPICS / 100), messages, RATE);
				double seconds = (System.nanoTime() - floodStart) / 1e9;
				int treeRefreshes = tree.refreshes() - refreshesBefore;
				double treeMaxMs = tree.longestRefreshNanos() / 1e6;
				double listMaxMs = list.longestShowNanos() / 1e6;
				// Recording stops here, so that the table can catch up with a store that no longer changes (and no
				// broker thread asks the list for a refresh once it is disposed).
				project.disconnect();
				list.requestRefresh();
				loop(display, () -> list.table().getItemCount() == Math.min(store.size(), MessageList.WINDOW),
						System.nanoTime() + FINAL_REFRESH_LIMIT.toNanos());
				return new Result(flooded.flood(), flooded.waits(), flooded.unrun(), list.table().getItemCount(),
						Math.min(store.size(), MessageList.WINDOW), treeRefreshes, treeMaxMs,
						history.topics().topicCount(), seconds, listMaxMs, charting.points(),
						charting.longestNanos() / 1e6);
			} finally {
				charting.stop();
				list.dispose();
			}
		} finally {
			deleteTree(folder);
		}
	}

	private static History openHistory(Path folder) throws SessionException {
		try {
			return History.open(folder.resolve("ui.mv.db"), History.DEFAULT_LIMIT);
		} catch (IOException e) {
			throw new SessionException("the project's history did not open: " + e.getMessage());
		}
	}

	private static void deleteTree(Path folder) {
		try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			// a temporary folder; the system cleans it eventually
		}
	}

	/**
	 * Floods the open project while the event loop runs and the probe measures it.
	 *
	 * @param topicOf the topic of each message by its index
	 * @param rate    the most messages a second
	 */
	Flooded flood(Display display, BenchProject project, IntFunction<String> topicOf, int messages, int rate)
			throws MqttException, InterruptedException {
		MqttAsyncClient device = clients.connect(endpoint, Fleet.PUBLISHER, null);
		Flood flood = null;
		Thread flooding = null;
		Probe probe = new Probe(display);
		Thread probing = new Thread(probe, "iotbench bench: asyncExec probe");
		probing.setDaemon(true);
		try (ProjectArrivals arrivals = new ProjectArrivals(project)) {
			flood = new Flood(display, device, arrivals, topicOf, messages, rate);
			flooding = new Thread(flood, "iotbench bench: UI flood");
			flooding.setDaemon(true);
			long start = System.nanoTime();
			long limit = start + TimeUnit.SECONDS.toNanos(LIMIT_S);
			probing.start();
			flooding.start();
			Flood running = flood;
			loop(display, () -> running.done || cancelled.getAsBoolean(), limit);
			boolean stopped = !flood.done && !cancelled.getAsBoolean();
			if (!flood.done) {
				flood.stop = true;
				flooding.interrupt();
			}
			flooding.join(JOIN_LIMIT.toMillis());
			probe.stop(probing);
			loop(display, () -> probe.answered == probe.posted.get(), System.nanoTime() + DRAIN_LIMIT.toNanos());
			long from = flood.start == 0 ? start : flood.start;
			long received = arrivals.received();
			long to = received > 0 ? arrivals.lastArrival(from) : Math.max(from, flood.end);
			return new Flooded(flood.result(arrivals, from, stopped), probe.waitsPostedBetween(from, to),
					probe.posted.get() - probe.answered);
		} finally {
			if (flood != null) {
				flood.stop = true;
			}
			if (flooding != null && flooding.isAlive()) {
				flooding.interrupt();
				flooding.join(JOIN_LIMIT.toMillis());
			}
			probe.stop(probing);
			ClientFactory.release(device);
		}
	}

	/**
	 * Runs the event loop until {@code done} holds or {@link System#nanoTime()} passes {@code deadline}; a timer wakes
	 * the loop at the deadline, and whoever makes {@code done} hold from another thread wakes the display.
	 */
	static void loop(Display display, BooleanSupplier done, long deadline) {
		Runnable wake = () -> {
			// readAndDispatch returns true for the timer: the loop checks the deadline again
		};
		long left = deadline - System.nanoTime();
		display.timerExec((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left) + 1), wake);
		try {
			while (!done.getAsBoolean() && deadline - System.nanoTime() > 0) {
				if (!display.readAndDispatch()) {
					display.sleep();
				}
			}
		} finally {
			display.timerExec(-1, wake);
		}
	}

	/**
	 * A flood message's payload: JSON with a value for the chart, padded with spaces to the benchmark's usual
	 * {@value ThroughputLoad#PAYLOAD_BYTES} bytes.
	 */
	static byte[] payload(int index) {
		String json = "{\"i\":" + index + ",\"v\":" + (index % 1_000) / 10.0 + "}";
		byte[] payload = new byte[Math.max(ThroughputLoad.PAYLOAD_BYTES, json.length())];
		Arrays.fill(payload, (byte) ' ');
		byte[] text = json.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		System.arraycopy(text, 0, payload, 0, text.length);
		return payload;
	}

	/** Draws the chart's new points every {@value #CHART_REFRESH_MS} ms on the UI thread, as the chart editor does. */
	private static final class ChartRefresh implements Runnable {

		private final Display display;
		private final LineChart chart;
		private final ChartSampler sampler;
		private final List<String> names = new ArrayList<>();
		private final List<String> colors = new ArrayList<>();
		private long longest;
		private int points;

		ChartRefresh(Display display, LineChart chart, ChartSampler sampler) {
			this.display = display;
			this.chart = chart;
			this.sampler = sampler;
			for (ChartSampler.Line line : sampler.lines()) {
				names.add(line.topicFilter());
				colors.add(""); //$NON-NLS-1$
			}
			display.timerExec(CHART_REFRESH_MS, this);
		}

		@Override
		public void run() {
			if (chart.control().isDisposed()) {
				return;
			}
			long start = System.nanoTime();
			List<SeriesPoints.Snapshot> snapshots = new ArrayList<>();
			int total = 0;
			for (int i = 0; i < sampler.lines().size(); i++) {
				SeriesPoints.Snapshot snapshot = sampler.points(i).snapshot();
				snapshots.add(snapshot);
				total += snapshot.size();
			}
			chart.show(names, colors, snapshots, CHART_WINDOW_MS);
			longest = Math.max(longest, System.nanoTime() - start);
			points = total;
			display.timerExec(CHART_REFRESH_MS, this);
		}

		/** The points of all lines at the last drawing. */
		int points() {
			return points;
		}

		/** The longest drawing, in nanoseconds. */
		long longestNanos() {
			return longest;
		}

		void stop() {
			display.timerExec(-1, this);
			sampler.close();
		}
	}

	/** The device publishing on its own thread, so that the UI thread only runs its event loop. */
	private final class Flood implements Runnable {

		private final Display display;
		private final MqttAsyncClient device;
		private final ProjectArrivals arrivals;
		private final IntFunction<String> topicOf;
		private final int messages;
		private final int rate;
		private final ThroughputLoad load;
		/** Set when the load is stopped at its limit: the device stops publishing. */
		volatile boolean stop;
		/** Whether the device stopped publishing at {@link UiLoad#PUBLISH_LIMIT_S}. */
		private volatile boolean limited;
		volatile boolean done;
		volatile long start;
		volatile long end;
		/** Messages handed to Paho (or about to be), counted for a flood that did not return its result. */
		private volatile int published;
		private volatile ThroughputLoad.Result result;
		private volatile Throwable failure;

		Flood(Display display, MqttAsyncClient device, ProjectArrivals arrivals, IntFunction<String> topicOf,
				int messages, int rate) {
			this.display = display;
			this.device = device;
			this.arrivals = arrivals;
			this.topicOf = topicOf;
			this.messages = messages;
			this.rate = rate;
			long publishLimit = System.nanoTime() + TimeUnit.SECONDS.toNanos(PUBLISH_LIMIT_S);
			this.load = new ThroughputLoad(clients, endpoint, () -> {
				if (stop || cancelled.getAsBoolean()) {
					return true;
				}
				limited = System.nanoTime() - publishLimit > 0;
				return limited;
			});
		}

		@Override
		public void run() {
			start = System.nanoTime();
			try {
				long period = TimeUnit.SECONDS.toNanos(1) / rate;
				result = load.flowInto(device, arrivals, index -> {
					published = index + 1;
					long wait = start + index * period - System.nanoTime();
					if (wait > 0) {
						LockSupport.parkNanos(wait); // at most the rate: the load, not all the cores
					}
					return topicOf.apply(index);
				}, UiLoad::payload, messages);
			} catch (InterruptedException e) {
				// stopped at the limit: the result is worked out from what arrived
			} catch (RuntimeException | Error e) {
				failure = e;
			} finally {
				end = System.nanoTime();
				done = true;
				try {
					display.wake();
				} catch (SWTException e) {
					// the load gave up waiting for this thread and disposed the display
				}
			}
		}

		/** The flood's result, or what arrived when it did not return one. */
		ThroughputLoad.Result result(Arrivals arrived, long from, boolean stopped) {
			ThroughputLoad.Result returned = result;
			if (returned != null && limited && returned.problem() != null) {
				return new ThroughputLoad.Result(returned.sent(), returned.received(), returned.perSecond(),
						"stopped publishing at the limit of " + PUBLISH_LIMIT_S + " s", returned.writeOffs());
			}
			if (returned != null) {
				return returned;
			}
			long received = arrived.received();
			double seconds = (arrived.lastArrival(from) - from) / 1e9;
			String why = failure != null ? "the device failed: " + failure
					: stopped ? "stopped at the limit of " + LIMIT_S + " s"
							: "cancelled";
			return new ThroughputLoad.Result(Math.max(published, received), received,
					received == 0 || seconds <= 0 ? 0 : received / seconds, why, 0);
		}
	}

	/**
	 * Posts a runnable to the UI thread every {@value UiMeasurement#PROBE_PERIOD_MS} ms (never a burst to catch up) and keeps
	 * how long each waited. The runnables write the arrays on the UI thread, which reads them after the probe stopped.
	 */
	private static final class Probe implements Runnable {

		private final Display display;
		private final long[] postedAt = new long[MAX_PROBES];
		private final long[] waited = new long[MAX_PROBES];
		private final boolean[] ran = new boolean[MAX_PROBES];
		final AtomicInteger posted = new AtomicInteger();
		/** Probes that ran; UI thread only. */
		int answered;
		private volatile boolean stopped;

		Probe(Display display) {
			this.display = display;
		}

		@Override
		public void run() {
			long period = TimeUnit.MILLISECONDS.toNanos(PROBE_PERIOD_MS);
			long next = System.nanoTime();
			while (!stopped && posted.get() < MAX_PROBES) {
				next += period;
				long wait;
				while (!stopped && (wait = next - System.nanoTime()) > 0) {
					LockSupport.parkNanos(wait);
				}
				if (stopped) {
					return;
				}
				int index = posted.getAndIncrement();
				long at = System.nanoTime();
				display.asyncExec(() -> answer(index, at));
				long now = System.nanoTime();
				if (now - next > period) {
					next = now; // this thread was late: the next probe comes a period from now, not at once
				}
			}
		}

		private void answer(int index, long at) {
			waited[index] = System.nanoTime() - at;
			postedAt[index] = at;
			ran[index] = true;
			answered++;
		}

		/** Stops posting and waits until the probe thread ended, so that the display can be disposed. */
		void stop(Thread thread) throws InterruptedException {
			stopped = true;
			LockSupport.unpark(thread);
			if (thread.isAlive()) {
				thread.join();
			}
		}

		/** The waits of the probes that ran and were posted between two {@link System#nanoTime()}s, sorted. */
		long[] waitsPostedBetween(long from, long to) {
			int count = Math.min(posted.get(), MAX_PROBES);
			long[] selected = new long[count];
			int n = 0;
			for (int i = 0; i < count; i++) {
				if (ran[i] && postedAt[i] - from >= 0 && to - postedAt[i] >= 0) {
					selected[n++] = waited[i];
				}
			}
			long[] sorted = Arrays.copyOf(selected, n);
			Arrays.sort(sorted);
			return sorted;
		}
	}
}
