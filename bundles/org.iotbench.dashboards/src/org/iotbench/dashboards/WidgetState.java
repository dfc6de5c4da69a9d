package org.iotbench.dashboards;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iotbench.history.SeriesPoints;

/**
 * What one widget shows now, kept up to date by a {@link DashboardFeed} on its thread and read by the widget on the UI
 * thread at a bounded rate: the latest value (as text and, when it is one, as a number), when it came and from which
 * topic, and for some kinds more (the latest image, the last lines of a log, the latest number of each bar, the points
 * of each line). {@link #version()} changes with each update, so that a widget repaints only when something changed.
 */
public final class WidgetState {

	/** The most lines a log widget keeps. */
	public static final int LOG_LINES = 200;
	/** The most bars a bar chart shows: one per topic, the first topics seen. */
	public static final int MAX_BARS = 50;

	/** A line of a log widget. */
	public record LogLine(long time, String topic, String text) {
	}

	private final List<SeriesPoints> lines;
	private long version;
	private String text;
	private double number = Double.NaN;
	private long time;
	private String topic;
	private long count;
	private long skipped;
	private byte[] image;
	private final ArrayDeque<LogLine> log = new ArrayDeque<>();
	private final Map<String, Double> bars = new LinkedHashMap<>();

	WidgetState(int lineCount, long windowMillis) {
		List<SeriesPoints> made = new ArrayList<>();
		long bucket = Math.max(1, windowMillis / DashboardFeed.MAX_POINTS);
		for (int i = 0; i < lineCount; i++) {
			made.add(new SeriesPoints(DashboardFeed.MAX_POINTS + 2, bucket));
		}
		lines = List.copyOf(made);
	}

	synchronized void value(long at, String from, String newText, double newNumber) {
		if (at < time) {
			return; // an older message read back after a newer one: keep the newer
		}
		time = at;
		topic = from;
		text = newText;
		number = newNumber;
		count++;
		version++;
	}

	synchronized void image(long at, String from, byte[] bytes) {
		time = at;
		topic = from;
		image = bytes;
		count++;
		version++;
	}

	synchronized void log(long at, String from, String line) {
		if (log.size() == LOG_LINES) {
			log.removeFirst();
		}
		log.addLast(new LogLine(at, from, line));
		time = Math.max(time, at);
		topic = from;
		count++;
		version++;
	}

	synchronized void bar(long at, String name, double value) {
		if (bars.size() < MAX_BARS || bars.containsKey(name)) {
			bars.put(name, value);
		}
		time = Math.max(time, at);
		topic = name;
		number = value;
		count++;
		version++;
	}

	synchronized void point(int line, long at, double value) {
		lines.get(line).add(at, value);
		time = Math.max(time, at);
		number = value;
		count++;
		version++;
	}

	synchronized void skip() {
		skipped++;
	}

	/** Changes whenever the state does. */
	public synchronized long version() {
		return version;
	}

	/** The latest value as text, or null before the first. */
	public synchronized String text() {
		return text;
	}

	/** The latest value as a number, or NaN when it is not one or there is none. */
	public synchronized double number() {
		return number;
	}

	/** When the latest message came, in epoch milliseconds; 0 before the first. */
	public synchronized long time() {
		return time;
	}

	/** The topic of the latest message, or null. */
	public synchronized String topic() {
		return topic;
	}

	/** How many messages changed the widget. */
	public synchronized long count() {
		return count;
	}

	/** Messages of the widget's topics that held no value at its path (or, for an image, were no image). */
	public synchronized long skipped() {
		return skipped;
	}

	/** The latest image's bytes, or null. */
	public synchronized byte[] image() {
		return image;
	}

	/** The log's lines, oldest first. */
	public synchronized List<LogLine> logLines() {
		return List.copyOf(log);
	}

	/** The latest number of each bar, in the order the bars were first seen. */
	public synchronized Map<String, Double> bars() {
		return new LinkedHashMap<>(bars);
	}

	/** The points of a line of a line chart. */
	public SeriesPoints.Snapshot points(int line) {
		return lines.get(line).snapshot();
	}

	public int lineCount() {
		return lines.size();
	}

	/**
	 * Whether the value is older than a widget allows.
	 *
	 * @param staleSeconds 0 for never stale
	 */
	public synchronized boolean stale(long now, int staleSeconds) {
		return staleSeconds > 0 && time > 0 && now - time > staleSeconds * 1000L;
	}
}
