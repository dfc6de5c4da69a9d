package org.iotbench.sessions.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.iotbench.sessions.RemoteSettings;
import org.iotbench.sessions.SessionState;
import org.iotbench.sessions.SessionStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The last will reaches a watcher when the session's connection is cut, and not when the session disconnects. The
 * session connects through a {@link TcpProxy} in front of Mosquitto; cutting the proxy's sockets is a network failure
 * for both sides, while Mosquitto and the watcher (connected directly) stay up.
 */
class LastWillTest {

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
	void mqtt311Will() throws Exception {
		will(false, "will311");
	}

	@Test
	void mqtt5Will() throws Exception {
		will(true, "will5");
	}

	private static void will(boolean mqtt5, String id) throws Exception {
		String topic = "iot/" + id + "/status";
		try (TcpProxy proxy = new TcpProxy(mosquitto.port);
				Watcher watcher = new Watcher(mosquitto.port, id + "-watcher")) {
			watcher.subscribe(topic);
			RemoteSettings settings = Probe.settings(mosquitto, mqtt5, id).withHost(Mosquitto.HOST, proxy.port())
					.withWill(new RemoteSettings.Will(topic, Probe.bytes("offline"), 1, false)).withKeepAlive(5);
			try (Probe probe = new Probe(settings)) {
				probe.session.connect();
				probe.await(SessionState.CONNECTED);
				probe.session.disconnect();
				assertNull(watcher.next(1), "no will after a polite disconnect");

				probe.session.connect();
				probe.await(SessionState.CONNECTED);
				probe.statuses.clear();
				proxy.cutAll();

				Watcher.Received will = watcher.next(Probe.WAIT_SECONDS);
				assertNotNull(will, "the will is published when the connection is cut; broker log:\n"
						+ mosquitto.output());
				assertEquals(new Watcher.Received(topic, "offline", 1, false), will);

				SessionStatus reconnecting = probe.awaitReported(SessionState.RECONNECTING);
				assertTrue(reconnecting.reason().startsWith("the connection to 127.0.0.1:" + proxy.port()
						+ " was lost"), reconnecting.reason());
				assertTrue(reconnecting.reason().endsWith("; next attempt in 1 s"), reconnecting.reason());
				probe.await(SessionState.CONNECTED); // through the proxy again
			}
		}
	}
}
