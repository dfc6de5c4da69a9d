package org.iotbench.history.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.iotbench.history.ChartSampler;
import org.iotbench.history.ChartSampler.Line;
import org.iotbench.history.History;
import org.iotbench.history.SeriesPoints;
import org.iotbench.payloads.JsonPath;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.sessions.Direction;
import org.iotbench.sessions.MessageStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chart lines fed from a project's stored history and its new messages, on the sampler's thread. */
class ChartSamplerTest {

	@TempDir
	Path folder;

	@Test
	void aLineIsFilledFromHistoryBeyondMemoryThenFollowsNewMessages() throws Exception {
		try (History history = History.open(folder.resolve("c.mv.db"), History.DEFAULT_LIMIT)) {
			MessageStore store = new MessageStore(50); // most of what follows is on disk only
			store.restore(history.newest(50), history.lastSequence());
			store.setJournal(history);
			Instant start = Instant.now().minusSeconds(120);
			store.append(start.minusSeconds(3600), Direction.IN, "env/kitchen", json(99), 0, false); // out of window
			for (int i = 0; i < 300; i++) {
				store.append(start.plusMillis(i * 100L), Direction.IN, "env/kitchen", json(i), 0, false);
				store.append(start.plusMillis(i * 100L + 1), Direction.IN, "env/kitchen/raw", bytes("x" + i), 0, false);
				store.append(start.plusMillis(i * 100L + 2), Direction.IN, "power/meter", bytes(Integer.toString(i * 2)), 0,
						false);
			}
			assertTrue(history.flush(10, TimeUnit.SECONDS));
			List<Line> lines = List.of(new Line("env/+", JsonPath.parse("$.env.temp")),
					new Line("power/meter", JsonPath.ROOT));
			try (ChartSampler sampler = new ChartSampler(lines, store, history, PayloadDecoder::guessing,
					300_000).start()) { // buckets of 60 ms: one message each
				assertTrue(until(() -> sampler.filled()), "the window is filled");
				SeriesPoints.Snapshot temps = sampler.points(0).snapshot();
				assertEquals(300, temps.size(), "each JSON message in the window, from disk and memory alike");
				assertEquals(0.0, temps.values()[0]);
				assertEquals(149.5, temps.values()[299]);
				assertEquals(start.toEpochMilli(), temps.times()[0]);
				SeriesPoints.Snapshot power = sampler.points(1).snapshot();
				assertEquals(300, power.size(), "a payload that is a number is its own value");
				assertEquals(598.0, power.values()[299]);

				store.append(Direction.IN, "env/hall", json(1000), 0, false);
				store.append(Direction.IN, "env/hall", bytes("{\"env\":{}}"), 0, false); // no number there
				assertTrue(until(() -> sampler.points(0).size() == 301), "a new message is followed");
				assertEquals(500.0, sampler.points(0).snapshot().values()[300]);
				assertTrue(until(() -> sampler.skipped() >= 1), "a message without the number is skipped and counted");
			}
		}
	}

	@Test
	void pointsKeepOneValuePerBucketSoAFastTopicSpansTheWindow() {
		SeriesPoints points = new SeriesPoints(100, 10);
		for (int i = 0; i < 10_000; i++) { // 10 s at one message per millisecond
			points.add(i, i);
		}
		SeriesPoints.Snapshot snapshot = points.snapshot();
		assertEquals(100, snapshot.size(), "bounded");
		assertEquals(9_999, snapshot.times()[99]);
		assertEquals(9_009, snapshot.times()[0], "the newest of each 10 ms bucket, the oldest buckets dropped");
		assertEquals(10_000, points.added());
		SeriesPoints every = new SeriesPoints(3, 0);
		every.add(1, 1);
		every.add(2, 2);
		every.add(3, 3);
		every.add(4, 4);
		every.add(0, 9); // older than the newest: ignored
		assertArrayEquals(new long[] { 2, 3, 4 }, every.snapshot().times());
	}

	private static byte[] json(int i) {
		return bytes("{\"env\":{\"temp\":" + (i / 2.0) + "}}");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static boolean until(java.util.function.BooleanSupplier condition) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(50);
		}
		return condition.getAsBoolean();
	}
}
