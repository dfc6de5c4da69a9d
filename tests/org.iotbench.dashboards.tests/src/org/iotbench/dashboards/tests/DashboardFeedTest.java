package org.iotbench.dashboards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.iotbench.dashboards.DashboardFeed;
import org.iotbench.dashboards.WidgetState;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.projects.ChartSeries;
import org.iotbench.projects.ProjectsFactory;
import org.iotbench.projects.Widget;
import org.iotbench.projects.WidgetKind;
import org.iotbench.sessions.Direction;
import org.iotbench.sessions.MessageStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The feed of a dashboard's widgets from a project's message store: what the store held when the dashboard opened and
 * what comes after, each kind of widget taking what it shows.
 */
class DashboardFeedTest {

	private final MessageStore store = new MessageStore(1_000);
	private DashboardFeed feed;

	@AfterEach
	void close() {
		if (feed != null) {
			feed.close();
		}
	}

	private DashboardFeed feed(Widget... widgets) {
		feed = new DashboardFeed(List.of(widgets).stream().map(DashboardFeed.Binding::of).toList(), store,
				PayloadDecoder::guessing).start();
		return feed;
	}

	private void receive(String topic, String payload) {
		store.append(Direction.IN, topic, payload.getBytes(StandardCharsets.UTF_8), 0, false);
	}

	private static boolean until(BooleanSupplier condition) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			if (condition.getAsBoolean()) {
				return true;
			}
			Thread.sleep(50);
		}
		return condition.getAsBoolean();
	}

	@Test
	void aGaugeShowsTheLatestNumberAtItsPathIncludingWhatCameBeforeItOpened() throws Exception {
		receive("greenhouse/air", "{\"env\":{\"temp\":21.5}}");
		Widget gauge = WidgetCheckTest.widget(WidgetKind.GAUGE, "greenhouse/air");
		gauge.setJsonPath("$.env.temp");
		Widget value = WidgetCheckTest.widget(WidgetKind.VALUE, "greenhouse/door");
		feed(gauge, value);
		WidgetState state = feed.state(0);
		assertTrue(until(() -> state.number() == 21.5), "the value held before the dashboard opened");
		receive("greenhouse/air", "{\"env\":{}}");
		receive("greenhouse/air", "{\"env\":{\"temp\":23.25}}");
		assertTrue(until(() -> state.number() == 23.25), String.valueOf(state.number()));
		assertEquals(1, state.skipped(), "a message without the field is skipped, not shown as nothing");
		assertEquals("greenhouse/air", state.topic());

		receive("greenhouse/door", "open");
		assertTrue(until(() -> "open".equals(feed.state(1).text())));
		assertTrue(Double.isNaN(feed.state(1).number()), "text is not a number");
		assertEquals(Set.of("greenhouse/air", "greenhouse/door"), feed.filters());
	}

	@Test
	void aLineChartKeepsPointsOfEachLineAndABarChartOneBarPerTopic() throws Exception {
		Widget chart = WidgetCheckTest.widget(WidgetKind.LINE, "farm/a");
		ChartSeries second = ProjectsFactory.eINSTANCE.createChartSeries();
		second.setTopicFilter("farm/b");
		second.setJsonPath("$.v");
		chart.getSeries().add(second);
		chart.setWindowSeconds(10); // points 5 ms apart are kept apart: 2,000 points over 10 s
		Widget bars = WidgetCheckTest.widget(WidgetKind.BAR, "farm/+/level");
		feed(chart, bars);
		for (int i = 0; i < 3; i++) {
			receive("farm/a", Integer.toString(i));
			receive("farm/b", "{\"v\": " + (10 + i) + "}");
			Thread.sleep(20);
		}
		receive("farm/north/level", "12");
		receive("farm/south/level", "7");
		receive("farm/north/level", "14");
		assertTrue(until(() -> feed.state(0).points(0).size() == 3 && feed.state(0).points(1).size() == 3));
		assertEquals(12.0, feed.state(0).points(1).values()[2]);
		assertTrue(until(() -> feed.state(1).bars().equals(java.util.Map.of("north", 14.0, "south", 7.0))),
				String.valueOf(feed.state(1).bars()));
		assertEquals(List.of("north", "south"), List.copyOf(feed.state(1).bars().keySet()), "in the order first seen");
	}

	@Test
	void aLogKeepsTheNewestLinesAndAnImageOnlyImages() throws Exception {
		Widget log = WidgetCheckTest.widget(WidgetKind.LOG, "door/#");
		Widget image = WidgetCheckTest.widget(WidgetKind.IMAGE, "camera/jpeg");
		feed(log, image);
		for (int i = 0; i < WidgetState.LOG_LINES + 5; i++) {
			receive("door/" + (i % 2 == 0 ? "front" : "back"), "event " + i);
		}
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 };
		store.append(Direction.IN, "camera/jpeg", "not an image".getBytes(StandardCharsets.UTF_8), 0, false);
		store.append(Direction.IN, "camera/jpeg", jpeg, 0, false);
		assertTrue(until(() -> feed.state(0).logLines().size() == WidgetState.LOG_LINES));
		assertEquals("event " + (WidgetState.LOG_LINES + 4), feed.state(0).logLines().getLast().text());
		assertTrue(until(() -> feed.state(1).image() == jpeg));
		assertEquals(1, feed.state(1).skipped(), "text on the camera's topic is not an image");
	}

	@Test
	void aSwitchWithoutStatusTopicShowsWhatItSentAndWithOneTheDevicesState() throws Exception {
		Widget sent = WidgetCheckTest.widget(WidgetKind.SWITCH, "lamp/set");
		Widget reported = WidgetCheckTest.widget(WidgetKind.SWITCH, "relay/set");
		reported.setStatusTopic("relay/state");
		reported.setJsonPath("$.on");
		feed(sent, reported);
		receive("lamp/set", "on"); // someone else's message on the topic: not what this switch sent
		store.append(Direction.OUT, "lamp/set", "off".getBytes(StandardCharsets.UTF_8), 0, false);
		receive("relay/state", "{\"on\": true}");
		assertTrue(until(() -> "off".equals(feed.state(0).text()) && "true".equals(feed.state(1).text())));
		assertEquals(1, feed.state(0).count(), "only what was sent");
		assertEquals(Set.of("relay/state"), feed.filters(), "a switch's own topic is not subscribed to");
	}

	@Test
	void aValueOlderThanItsWidgetAllowsIsStale() throws Exception {
		store.append(Instant.now().minusSeconds(90), Direction.IN, "tank/level", "55".getBytes(StandardCharsets.UTF_8),
				0, false);
		Widget value = WidgetCheckTest.widget(WidgetKind.VALUE, "tank/level");
		feed(value);
		WidgetState state = feed.state(0);
		assertTrue(until(() -> state.count() == 1));
		long now = System.currentTimeMillis();
		assertTrue(state.stale(now, 60), "90 s old, 60 allowed");
		assertFalse(state.stale(now, 120));
		assertFalse(state.stale(now, 0), "0: never stale");
		receive("tank/level", "56");
		assertTrue(until(() -> state.number() == 56));
		assertFalse(state.stale(System.currentTimeMillis(), 60), "a new value is fresh");
		assertNull(feed.problem());
	}
}
