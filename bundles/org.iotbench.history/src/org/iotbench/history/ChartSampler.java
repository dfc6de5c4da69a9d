package org.iotbench.history;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Supplier;

import org.iotbench.core.Topics;
import org.iotbench.payloads.Decoded;
import org.iotbench.payloads.JsonPath;
import org.iotbench.payloads.JsonValues;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.MessageStore;

import com.google.gson.JsonElement;

/**
 * Takes the numbers of chart lines out of a project's messages on a thread of its own: first from the stored history
 * over the chart's time window, then from each new message. A line is a topic filter and a JSON path into the decoded
 * payload (or the payload itself when it is a number such as {@code 21.5}); messages that hold no number there are
 * skipped and counted. Nothing here runs on the UI thread, which only copies the points.
 */
public final class ChartSampler implements AutoCloseable {

	/** A line: the topics it reads and where its number is in their payloads. */
	public record Line(String topicFilter, JsonPath path) {
	}

	/** How often new messages are looked for. */
	static final long POLL_MS = 200;
	/** The most points a line keeps. */
	public static final int MAX_POINTS = 5_000;
	/** The most stored messages read back to fill the window when the chart opens. */
	static final int MAX_BACKFILL = 2_000_000;

	private final List<Line> lines;
	private final List<SeriesPoints> points = new ArrayList<>();
	private final MessageStore store;
	private final History history;
	private final Supplier<PayloadDecoder> decoder;
	private final long windowMillis;
	private final Thread thread;
	private volatile boolean running = true;
	private volatile boolean filled;
	private volatile long skipped;
	private volatile String problem;

	/**
	 * @param history the project's stored messages to fill the window from, or null for none
	 * @param decoder the project's payload decoder now (asked again for each batch: declarations can change)
	 */
	public ChartSampler(List<Line> lines, MessageStore store, History history, Supplier<PayloadDecoder> decoder,
			long windowMillis) {
		this.lines = List.copyOf(lines);
		this.store = store;
		this.history = history;
		this.decoder = decoder;
		this.windowMillis = windowMillis;
		long bucket = Math.max(1, windowMillis / MAX_POINTS);
		for (int i = 0; i < lines.size(); i++) {
			points.add(new SeriesPoints(MAX_POINTS + 2, bucket));
		}
		thread = new Thread(this::run, "IoT Workbench chart sampler"); //$NON-NLS-1$
		thread.setDaemon(true);
	}

	/** Starts filling and following; returns at once. */
	public ChartSampler start() {
		thread.start();
		return this;
	}

	/** The points of a line, as the sampler holds them now. */
	public SeriesPoints points(int line) {
		return points.get(line);
	}

	/** The lines, in order. */
	public List<Line> lines() {
		return lines;
	}

	/** Whether the window was filled from the stored history (the chart then follows new messages only). */
	public boolean filled() {
		return filled;
	}

	/** Messages of a line's topics that held no number at its path. */
	public long skipped() {
		return skipped;
	}

	private void run() {
		try {
			List<Message> inMemory = store.newerThan(-1);
			long since = System.currentTimeMillis() - windowMillis;
			if (history != null) {
				long before = inMemory.isEmpty() ? Long.MAX_VALUE : inMemory.get(0).sequence();
				List<Message> older = new ArrayList<>();
				int[] read = { 0 };
				PayloadDecoder backfill = decoder.get();
				history.backwards(before, message -> {
					if (message.time().toEpochMilli() < since || !running) {
						return false;
					}
					if (matchesAny(message)) {
						older.add(message);
					}
					return ++read[0] < MAX_BACKFILL;
				});
				for (int i = older.size() - 1; i >= 0 && running; i--) {
					sample(older.get(i), backfill);
				}
			}
			long last = -1;
			PayloadDecoder now = decoder.get();
			for (Message message : inMemory) {
				if (message.time().toEpochMilli() >= since) {
					sample(message, now);
				}
				last = message.sequence();
			}
			filled = true;
			while (running) {
				Thread.sleep(POLL_MS);
				List<Message> fresh = store.newerThan(last);
				if (!fresh.isEmpty()) {
					PayloadDecoder batch = decoder.get();
					for (Message message : fresh) {
						sample(message, batch);
					}
					last = fresh.get(fresh.size() - 1).sequence();
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (RuntimeException e) { // a defect: say so in the chart rather than freeze it silently
			problem = String.valueOf(e);
			throw e;
		}
	}

	/** Why the sampler stopped, when a defect stopped it; null while it works. */
	public String problem() {
		return problem;
	}

	private boolean matchesAny(Message message) {
		for (Line line : lines) {
			if (Topics.matches(line.topicFilter(), message.topic())) {
				return true;
			}
		}
		return false;
	}

	private void sample(Message message, PayloadDecoder payloads) {
		Decoded decoded = null;
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			if (!Topics.matches(line.topicFilter(), message.topic())) {
				continue;
			}
			if (decoded == null) {
				decoded = payloads.decode(message.topic(), message.payload());
			}
			OptionalDouble value = number(decoded, line.path());
			if (value.isPresent()) {
				points.get(i).add(message.time().toEpochMilli(), value.getAsDouble());
			} else {
				skipped++;
			}
		}
	}

	/** The number at a path of a decoded payload; the whole payload when the path is {@code $}. */
	public static OptionalDouble number(Decoded decoded, JsonPath path) {
		if (decoded.problem() != null) {
			return OptionalDouble.empty();
		}
		if (path.equals(JsonPath.ROOT) && decoded.value() == null) {
			return JsonValues.number(decoded.text());
		}
		JsonElement value = path.find(decoded.value());
		return JsonValues.number(value);
	}

	@Override
	public void close() {
		running = false;
		thread.interrupt();
	}
}
