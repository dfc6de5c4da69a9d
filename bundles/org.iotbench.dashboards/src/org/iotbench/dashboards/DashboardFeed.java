package org.iotbench.dashboards;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.iotbench.core.Topics;
import org.iotbench.payloads.Decoded;
import org.iotbench.payloads.JsonPath;
import org.iotbench.payloads.JsonValues;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.projects.ChartSeries;
import org.iotbench.projects.Widget;
import org.iotbench.projects.WidgetKind;
import org.iotbench.sessions.Direction;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.MessageStore;

import com.google.gson.JsonElement;

/**
 * Feeds a dashboard's widgets from a project's messages on a thread of its own: first what the project holds (so that
 * a dashboard opens with the latest values), then each new message. Each widget has a {@link WidgetState}; decoding and
 * matching happen here, never on the UI thread, which only reads the states at its own pace. The bindings are taken
 * from the widgets when the feed is made; a changed dashboard makes a new feed.
 */
public final class DashboardFeed implements AutoCloseable {

	/** How often new messages are looked for. */
	static final long POLL_MS = 100;
	/** The most points a line of a line chart keeps. */
	public static final int MAX_POINTS = 2_000;
	/** The longest text a log line keeps. */
	static final int LOG_CHARS = 300;

	/** Where a widget's values come from, read from the model on the thread that owns it. */
	public record Binding(WidgetKind kind, List<String> filters, List<JsonPath> paths, List<String> names,
			boolean sentOnly, long windowMillis) {

		/** The binding of a widget as its settings are now; a path that does not parse reads the whole payload. */
		public static Binding of(Widget widget) {
			List<String> filters = new ArrayList<>();
			List<JsonPath> paths = new ArrayList<>();
			List<String> names = new ArrayList<>();
			boolean control = WidgetCheck.isControl(widget.getKind());
			String status = blank(widget.getStatusTopic()) ? null : widget.getStatusTopic().trim();
			String topic = blank(widget.getTopic()) ? null : widget.getTopic().trim();
			boolean sentOnly = false;
			if (control) {
				if (status != null) {
					filters.add(status);
				} else if (topic != null && widget.getKind() == WidgetKind.SWITCH) {
					filters.add(topic); // a switch without a status topic shows what it last sent
					sentOnly = true;
				}
			} else if (topic != null) {
				filters.add(topic);
			}
			for (int i = 0; i < filters.size(); i++) {
				paths.add(path(widget.getJsonPath()));
				names.add(filters.get(i));
			}
			if (widget.getKind() == WidgetKind.LINE || widget.getKind() == WidgetKind.BAR) {
				for (ChartSeries series : widget.getSeries()) {
					if (!blank(series.getTopicFilter())) {
						filters.add(series.getTopicFilter().trim());
						paths.add(path(series.getJsonPath()));
						names.add(blank(series.getLabel()) ? series.getTopicFilter().trim() : series.getLabel());
					}
				}
			}
			return new Binding(widget.getKind(), List.copyOf(filters), List.copyOf(paths), List.copyOf(names),
					sentOnly, Math.max(1, widget.getWindowSeconds()) * 1000L);
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}

		private static JsonPath path(String text) {
			try {
				return blank(text) ? JsonPath.ROOT : JsonPath.parse(text.trim());
			} catch (IllegalArgumentException e) {
				return JsonPath.ROOT; // the dialog checks paths; a hand-edited file may not
			}
		}
	}

	private final List<Binding> bindings;
	private final List<WidgetState> states = new ArrayList<>();
	private final MessageStore store;
	private final Supplier<PayloadDecoder> decoder;
	private final Thread thread;
	private volatile boolean running = true;
	private volatile boolean filled;
	private volatile String problem;

	/**
	 * @param decoder the project's payload decoder now, asked again for each batch (declarations can change)
	 */
	public DashboardFeed(List<Binding> bindings, MessageStore store, Supplier<PayloadDecoder> decoder) {
		this.bindings = List.copyOf(bindings);
		this.store = store;
		this.decoder = decoder;
		for (Binding binding : bindings) {
			states.add(new WidgetState(binding.kind() == WidgetKind.LINE ? binding.filters().size() : 0,
					binding.windowMillis()));
		}
		thread = new Thread(this::run, "IoT Workbench dashboard feed"); //$NON-NLS-1$
		thread.setDaemon(true);
	}

	/** Starts reading; returns at once. */
	public DashboardFeed start() {
		thread.start();
		return this;
	}

	/** The state of the widget at a place of the bindings. */
	public WidgetState state(int widget) {
		return states.get(widget);
	}

	/** Every topic filter the widgets read, each once: what the project's session must subscribe to. */
	public Set<String> filters() {
		Set<String> filters = new LinkedHashSet<>();
		for (Binding binding : bindings) {
			if (!binding.sentOnly()) {
				filters.addAll(binding.filters());
			}
		}
		return filters;
	}

	/** Whether the messages the project held at the start have been read. */
	public boolean filled() {
		return filled;
	}

	/** Why the feed stopped, when a defect stopped it; null while it works. */
	public String problem() {
		return problem;
	}

	private void run() {
		try {
			List<Message> held = store.newerThan(-1);
			long last = -1;
			PayloadDecoder first = decoder.get();
			for (Message message : held) {
				if (!running) {
					return;
				}
				feed(message, first);
				last = message.sequence();
			}
			filled = true;
			while (running) {
				Thread.sleep(POLL_MS);
				List<Message> fresh = store.newerThan(last);
				if (!fresh.isEmpty()) {
					PayloadDecoder batch = decoder.get();
					for (Message message : fresh) {
						feed(message, batch);
					}
					last = fresh.get(fresh.size() - 1).sequence();
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (RuntimeException e) { // a defect: say so on the dashboard rather than freeze it silently
			problem = String.valueOf(e);
			throw e;
		}
	}

	/** Hands one message to every widget it concerns. Package-visible for tests. */
	void feed(Message message, PayloadDecoder payloads) {
		Decoded decoded = null;
		long now = System.currentTimeMillis();
		long at = message.time().toEpochMilli();
		for (int w = 0; w < bindings.size(); w++) {
			Binding binding = bindings.get(w);
			if (binding.sentOnly() && message.direction() != Direction.OUT) {
				continue;
			}
			for (int f = 0; f < binding.filters().size(); f++) {
				if (!Topics.matches(binding.filters().get(f), message.topic())) {
					continue;
				}
				WidgetState state = states.get(w);
				if (binding.kind() == WidgetKind.IMAGE) {
					if (isImage(message.payload())) {
						state.image(at, message.topic(), message.payload());
					} else {
						state.skip();
					}
					continue;
				}
				if (binding.kind() == WidgetKind.LINE && at < now - binding.windowMillis()) {
					continue;
				}
				if (decoded == null) {
					decoded = payloads.decode(message.topic(), message.payload());
				}
				if (binding.kind() == WidgetKind.LOG) {
					state.log(at, message.topic(), decoded.preview(LOG_CHARS));
					continue;
				}
				String text = text(decoded, binding.paths().get(f));
				if (text == null) {
					state.skip();
					continue;
				}
				double number = JsonValues.number(text).orElse(Double.NaN);
				switch (binding.kind()) {
				case LINE -> {
					if (Double.isNaN(number)) {
						state.skip();
					} else {
						state.point(f, at, number);
					}
				}
				case BAR -> {
					if (Double.isNaN(number)) {
						state.skip();
					} else {
						String filter = binding.filters().get(f);
						boolean wildcard = filter.contains("+") || filter.contains("#"); //$NON-NLS-1$ //$NON-NLS-2$
						state.bar(at, wildcard ? matched(filter, message.topic()) : binding.names().get(f), number);
					}
				}
				default -> state.value(at, message.topic(), text, number);
				}
			}
		}
	}

	/**
	 * The value at a path of a decoded payload, as text: the whole payload's text for {@code $} when it is no JSON, a
	 * string or number as it is, an object or array as compact JSON; null when the path leads nowhere.
	 */
	public static String text(Decoded decoded, JsonPath path) {
		if (decoded.problem() != null) {
			return null;
		}
		if (decoded.value() == null) {
			return path.equals(JsonPath.ROOT) ? decoded.text() : null;
		}
		JsonElement value = path.find(decoded.value());
		if (value == null || value.isJsonNull()) {
			return null;
		}
		return value.isJsonPrimitive() ? value.getAsString() : JsonValues.compact(value);
	}

	/**
	 * The levels of a topic that a filter's wildcards matched, joined by {@code /}: what tells the topics of one
	 * filter apart ({@code kitchen} for {@code home/+/temp} and {@code home/kitchen/temp}).
	 */
	public static String matched(String filter, String topic) {
		String[] filterLevels = filter.split("/", -1); //$NON-NLS-1$
		String[] topicLevels = topic.split("/", -1); //$NON-NLS-1$
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < filterLevels.length && i < topicLevels.length; i++) {
			if (filterLevels[i].equals("#")) { //$NON-NLS-1$
				for (int j = i; j < topicLevels.length; j++) {
					out.append(out.length() == 0 ? "" : "/").append(topicLevels[j]); //$NON-NLS-1$ //$NON-NLS-2$
				}
				break;
			}
			if (filterLevels[i].equals("+")) { //$NON-NLS-1$
				out.append(out.length() == 0 ? "" : "/").append(topicLevels[i]); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return out.length() == 0 ? topic : out.toString();
	}

	/** Whether bytes start like a PNG or a JPEG file. */
	public static boolean isImage(byte[] bytes) {
		return bytes.length > 8 && (bytes[0] == (byte) 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
				|| bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xD8 && bytes[2] == (byte) 0xFF);
	}

	@Override
	public void close() {
		running = false;
		thread.interrupt();
	}
}
