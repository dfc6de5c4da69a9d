package org.iotbench.ui.internal.dashboards;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.iotbench.dashboards.ControlPayload;
import org.iotbench.dashboards.DashboardFeed;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.projects.Dashboard;
import org.iotbench.projects.Widget;
import org.iotbench.projects.WidgetKind;
import org.iotbench.sessions.MessageStore;

/**
 * A dashboard's widgets at work: the grid of their frames and the {@link DashboardFeed} that reads the project's
 * messages for them on a thread of its own. Every {@value #TICK_MS} ms the frames look at their states and the parts
 * whose state changed repaint: at most ten repaints a second per widget, whatever the message rate. What the editor
 * and the benchmark share.
 */
public final class DashboardBoard {

	/** How often the widgets look at their states. */
	public static final int TICK_MS = 100;

	/** Sends what a control publishes; tells {@code outcome}, on any thread, null or why it failed. */
	public interface Publishing {
		void publish(Widget widget, String topic, String payload, Consumer<String> outcome);
	}

	private final Dashboard dashboard;
	private final MessageStore store;
	private final Supplier<PayloadDecoder> decoder;
	private final Publishing publishing;
	private final DashboardGrid grid;
	private Consumer<WidgetFrame> decorate = frame -> {
		// nothing more on a frame unless the editor says so
	};
	private DashboardFeed feed;
	private long repaints;
	private long longestTick;

	/**
	 * @param decoder the project's payload decoder now, read by the feed's thread
	 * @param moved   told, on the UI thread, of a widget the user moved or resized (its model already changed)
	 */
	public DashboardBoard(Composite parent, Dashboard dashboard, MessageStore store, Supplier<PayloadDecoder> decoder,
			Publishing publishing, Consumer<Widget> moved) {
		this.dashboard = dashboard;
		this.store = store;
		this.decoder = decoder;
		this.publishing = publishing;
		grid = new DashboardGrid(parent, dashboard, moved);
		grid.control().getDisplay().timerExec(TICK_MS, new Runnable() {
			@Override
			public void run() {
				if (grid.control().isDisposed()) {
					return;
				}
				tick();
				grid.control().getDisplay().timerExec(TICK_MS, this);
			}
		});
		grid.control().addListener(org.eclipse.swt.SWT.Dispose, e -> {
			if (feed != null) {
				feed.close();
			}
		});
	}

	public Control control() {
		return grid.control();
	}

	/** What the editor adds to each frame (its menu), before the frames are made. */
	void decorate(Consumer<WidgetFrame> decoration) {
		decorate = decoration;
	}

	/** New frames and a new feed for the widgets as they are now. */
	public void rebuild() {
		if (feed != null) {
			feed.close();
		}
		grid.clear();
		List<DashboardFeed.Binding> bindings = new ArrayList<>();
		for (Widget widget : dashboard.getWidgets()) {
			WidgetFrame[] frame = new WidgetFrame[1];
			frame[0] = new WidgetFrame(grid.canvas(), widget, value -> publish(frame[0], value));
			decorate.accept(frame[0]);
			grid.add(frame[0]);
			bindings.add(DashboardFeed.Binding.of(widget));
		}
		feed = new DashboardFeed(bindings, store, decoder).start();
		grid.layout();
		tick();
	}

	private void publish(WidgetFrame frame, String value) {
		Widget widget = frame.widget();
		String topic = widget.getTopic() == null ? "" : widget.getTopic().trim(); //$NON-NLS-1$
		String payload = widget.getKind() == WidgetKind.SWITCH ? value
				: ControlPayload.render(widget.getPayload(), value);
		publishing.publish(widget, topic, payload, outcome -> {
			if (!frame.control().isDisposed()) {
				frame.control().getDisplay().asyncExec(() -> {
					if (!frame.control().isDisposed()) {
						frame.problem(outcome);
					}
				});
			}
		});
	}

	/** Places the widgets again after a change of their cells. */
	public void layout() {
		grid.layout();
	}

	private void tick() {
		long start = System.nanoTime();
		List<WidgetFrame> frames = grid.frames();
		for (int i = 0; i < frames.size(); i++) {
			if (frames.get(i).tick(feed.state(i), System.currentTimeMillis())) {
				repaints++;
			}
		}
		longestTick = Math.max(longestTick, System.nanoTime() - start);
	}

	/** The feed of the widgets as they are now. */
	public DashboardFeed feed() {
		return feed;
	}

	/** How many times a widget's part was shown a new state. */
	public long repaints() {
		return repaints;
	}

	/** The longest look of all widgets at their states, on the UI thread, in nanoseconds. */
	public long longestTickNanos() {
		return longestTick;
	}

	List<WidgetFrame> frames() {
		return grid.frames();
	}

	DashboardGrid grid() {
		return grid;
	}
}
