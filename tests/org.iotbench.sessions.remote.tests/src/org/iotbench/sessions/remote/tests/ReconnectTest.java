package org.iotbench.sessions.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.iotbench.sessions.Direction;
import org.iotbench.sessions.SessionState;
import org.iotbench.sessions.SessionStatus;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions reconnect on their own when Mosquitto is stopped and started again on the same port, and subscribe again:
 * Mosquitto runs without persistence, so the restarted broker knows nothing of them.
 */
class ReconnectTest {

	@TempDir
	static Path folder;
	private static Mosquitto mosquitto;

	@BeforeAll
	static void startBroker() throws Exception {
		mosquitto = new Mosquitto(folder);
	}

	@AfterAll
	static void stopBroker() throws Exception {
		if (mosquitto != null) {
			mosquitto.close();
		}
	}

	@Test
	void reconnectsAndSubscribesAgainAfterABrokerRestart() throws Exception {
		try (Probe v3 = new Probe(Probe.settings(mosquitto, false, "restart311"));
				Probe v5 = new Probe(Probe.settings(mosquitto, true, "restart5"))) {
			for (Probe probe : new Probe[] { v3, v5 }) {
				probe.session.subscribe("iot/restart/#", 1);
				probe.session.connect();
				probe.await(SessionState.CONNECTED);
			}

			mosquitto.stop();
			for (Probe probe : new Probe[] { v3, v5 }) {
				SessionStatus reconnecting = probe.awaitReported(SessionState.RECONNECTING);
				assertTrue(reconnecting.reason().startsWith("the connection to 127.0.0.1:" + mosquitto.port
						+ " was lost"), reconnecting.reason());
			}
			Thread.sleep(1_500); // at least one attempt finds no broker
			mosquitto.start();

			for (Probe probe : new Probe[] { v3, v5 }) {
				probe.await(SessionState.CONNECTED);
				String failedAttempt = "no broker answers at 127.0.0.1:" + mosquitto.port + "; next attempt in ";
				assertTrue(probe.statuses.stream().anyMatch(s -> s.state() == SessionState.RECONNECTING
						&& s.reason().startsWith(failedAttempt)),
						"a failed attempt is reported with the next one: " + probe.statuses);
			}
			try (Watcher watcher = new Watcher(mosquitto.port, "restart-watcher")) {
				watcher.publish("iot/restart/after", "back", 1, false);
				for (Probe probe : new Probe[] { v3, v5 }) {
					assertEquals("back", Probe.text(probe.awaitMessage(Direction.IN, "iot/restart/after")));
				}
			}
		}
	}

	@Test
	void connectWhileReconnectingTriesAtOnce() throws Exception {
		try (Probe probe = new Probe(Probe.settings(mosquitto, true, "try-now"))) {
			probe.session.connect();
			probe.await(SessionState.CONNECTED);
			mosquitto.stop();
			String waiting = "; next attempt in 4 s"; // after the attempts at 1 s and 2 s failed
			assertTrue(Eventually.within(Probe.WAIT_SECONDS,
					() -> probe.session.status().reason().endsWith(waiting)), () -> "statuses: " + probe.statuses);
			mosquitto.start();
			long start = System.nanoTime();
			probe.session.connect();
			probe.await(SessionState.CONNECTED);
			long millis = (System.nanoTime() - start) / 1_000_000;
			assertTrue(millis < 3_000, "connected after " + millis + " ms, not after the 4 s delay");
		}
	}

	@Test
	void disconnectStopsReconnecting() throws Exception {
		try (Probe probe = new Probe(Probe.settings(mosquitto, false, "stop-retrying"))) {
			probe.session.connect();
			probe.await(SessionState.CONNECTED);
			mosquitto.stop();
			probe.awaitReported(SessionState.RECONNECTING);
			probe.session.disconnect();
			assertEquals(SessionStatus.DISCONNECTED, probe.session.status());
			assertTrue(Eventually.within(5,
					() -> probe.statuses.get(probe.statuses.size() - 1).equals(SessionStatus.DISCONNECTED)));
			int seen = probe.statuses.size();
			mosquitto.start();
			Thread.sleep(3_000); // longer than the next two back-off delays
			assertEquals(SessionStatus.DISCONNECTED, probe.session.status());
			assertEquals(seen, probe.statuses.size(), "nothing after DISCONNECTED: " + probe.statuses);
		}
	}
}
