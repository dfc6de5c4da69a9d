package org.iotbench.sessions.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;

import org.iotbench.sessions.Direction;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.RemoteSettings;
import org.iotbench.sessions.RemoteTransport;
import org.iotbench.sessions.SessionException;
import org.iotbench.sessions.SessionState;
import org.iotbench.sessions.SessionStatus;
import org.iotbench.sessions.internal.remote.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remote sessions against a real Mosquitto over plain TCP and WebSocket, with MQTT 3.1.1 and 5. */
class RemoteConnectTest {

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
	void mqtt311RoundTrip() throws Exception {
		roundTrip(Probe.settings(mosquitto, false, "rt311"), "rt311");
	}

	@Test
	void mqtt5RoundTrip() throws Exception {
		roundTrip(Probe.settings(mosquitto, true, "rt5"), "rt5");
	}

	@Test
	void webSocketMqtt311RoundTrip() throws Exception {
		roundTrip(Probe.settings(mosquitto, false, "ws311").withTransport(RemoteTransport.WEBSOCKET,
				mosquitto.websocketPort), "ws311");
	}

	@Test
	void webSocketMqtt5RoundTrip() throws Exception {
		roundTrip(Probe.settings(mosquitto, true, "ws5").withTransport(RemoteTransport.WEBSOCKET,
				mosquitto.websocketPort), "ws5");
	}

	/**
	 * Subscribes while disconnected (remembered), connects, publishes to the watcher, receives a live and a retained
	 * message from it, disconnects, and is then refused publishing.
	 */
	static void roundTrip(RemoteSettings settings, String id) throws Exception {
		String up = "iot/" + id + "/up";
		String down = "iot/" + id + "/down";
		String state = "iot/" + id + "/state";
		try (Probe probe = new Probe(settings); Watcher watcher = new Watcher(mosquitto.port, id + "-watcher")) {
			watcher.publish(state, "ready", 1, true);
			watcher.subscribe(up);
			probe.session.subscribe(down + "/#", 1); // while disconnected: remembered
			assertEquals(SessionState.DISCONNECTED, probe.session.status().state());

			probe.session.connect();
			probe.await(SessionState.CONNECTED);
			assertEquals(SessionState.CONNECTING, probe.statuses.get(0).state(), "first status: " + probe.statuses);
			assertEquals("", probe.session.status().reason());

			probe.session.publish(up, Probe.bytes("hello"), 1, false);
			Watcher.Received received = watcher.next(Probe.WAIT_SECONDS);
			assertNotNull(received, "the watcher receives what the session publishes");
			assertEquals(new Watcher.Received(up, "hello", 1, false), received);
			Message out = probe.awaitMessage(Direction.OUT, up);
			assertEquals("hello", Probe.text(out));
			assertEquals(1, out.qos());

			watcher.publish(down + "/led", "on", 1, false);
			Message in = probe.awaitMessage(Direction.IN, down + "/led");
			assertEquals("on", Probe.text(in));
			assertEquals(1, in.qos());
			assertFalse(in.retained(), "a live message is not flagged retained");

			probe.session.subscribe(state, 0);
			Message retained = probe.awaitMessage(Direction.IN, state);
			assertEquals("ready", Probe.text(retained));
			assertTrue(retained.retained(), "a retained message sent on subscribing is flagged retained");
			assertEquals(0, retained.qos(), "delivered with the subscription's QoS");

			probe.session.disconnect();
			assertEquals(SessionStatus.DISCONNECTED, probe.session.status());
			SessionException notConnected = assertThrows(SessionException.class,
					() -> probe.session.publish(up, Probe.bytes("late"), 0, false));
			assertEquals(Messages.Session_notConnected, notConnected.getMessage());
			assertTrue(probe.session.subscriptions().containsKey(down + "/#"), "subscriptions survive a disconnect");
			watcher.publish(state, "", 1, true); // clear the retained message
		}
	}

	@Test
	void mqtt311WrongPasswordFails() throws Exception {
		wrongPassword(false);
	}

	@Test
	void mqtt5WrongPasswordFails() throws Exception {
		wrongPassword(true);
	}

	/**
	 * Mosquitto answers a wrong password with "not authorized" (CONNACK 5 in MQTT 3.1.1, reason code 0x87 in MQTT 5),
	 * not with "bad user name or password" (4, 0x86); the reason says to check the credentials either way.
	 */
	private static void wrongPassword(boolean mqtt5) throws Exception {
		RemoteSettings settings = Probe.settings(mosquitto, mqtt5, "wrong-pw")
				.withCredentials(Mosquitto.USER, "wrong".toCharArray());
		try (Probe probe = new Probe(settings)) {
			probe.session.connect();
			SessionStatus failed = probe.await(SessionState.FAILED);
			assertEquals(Messages.Failure_notAuthorized, failed.reason());
			Thread.sleep(1_500);
			assertEquals(SessionState.FAILED, probe.session.status().state(), "a refusal is not retried");
		}
	}

	@Test
	void nothingListeningFails() throws Exception {
		int port = freePort();
		try (Probe probe = new Probe(Probe.settings(mosquitto, false, "no-broker").withHost(Mosquitto.HOST, port))) {
			probe.session.connect();
			assertEquals("no broker answers at 127.0.0.1:" + port, probe.await(SessionState.FAILED).reason());
		}
	}

	/** A server that accepts TCP connections but never answers CONNECT; Paho alone would wait for ever. */
	@Test
	void silentServerTimesOut() throws Exception {
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
				Probe probe = new Probe(Probe.settings(mosquitto, false, "silent")
						.withHost(Mosquitto.HOST, silent.getLocalPort()).withConnectTimeout(1))) {
			Thread acceptor = new Thread(() -> {
				try (Socket socket = silent.accept()) {
					// reads CONNECT and never answers, until the client gives up
					socket.getInputStream().transferTo(OutputStream.nullOutputStream());
				} catch (IOException e) {
					// the test is over
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			long start = System.nanoTime();
			probe.session.connect();
			assertEquals("the broker at 127.0.0.1:" + silent.getLocalPort() + " did not answer within 1 s",
					probe.await(SessionState.FAILED).reason());
			long millis = (System.nanoTime() - start) / 1_000_000;
			assertTrue(millis < 20_000, "gave up instead of hanging; failed after " + millis + " ms");
		}
	}

	@Test
	void unknownHostFails() throws Exception {
		try (Probe probe = new Probe(Probe.settings(mosquitto, true, "no-host").withHost("no-such-host.invalid",
				1883))) {
			probe.session.connect();
			assertEquals("no such host: no-such-host.invalid", probe.await(SessionState.FAILED).reason());
		}
	}

	@Test
	void invalidSettingsFailWithTheProblem() throws Exception {
		try (Probe probe = new Probe(Probe.settings(mosquitto, false, ""))) {
			probe.session.connect();
			assertEquals(Messages.Settings_emptyClientId, probe.await(SessionState.FAILED).reason());
		}
	}

	@Test
	void invalidTopicsAndQosAreRefusedWithTheReason() throws Exception {
		try (Probe probe = new Probe(Probe.settings(mosquitto, false, "invalid"))) {
			probe.session.connect();
			probe.await(SessionState.CONNECTED);
			SessionException wildcard = assertThrows(SessionException.class,
					() -> probe.session.publish("iot/+/x", Probe.bytes("x"), 0, false));
			assertTrue(wildcard.getMessage().contains("wildcards"), wildcard.getMessage());
			SessionException filter = assertThrows(SessionException.class,
					() -> probe.session.subscribe("iot/#/x", 0));
			assertTrue(filter.getMessage().startsWith("# must be a whole level"), filter.getMessage());
			assertThrows(SessionException.class, () -> probe.session.publish("iot/x", Probe.bytes("x"), 3, false));
			assertThrows(SessionException.class, () -> probe.session.subscribe("iot/x", -1));
			assertTrue(probe.session.subscriptions().isEmpty(), "invalid subscriptions are not remembered");
			assertEquals(0, probe.session.messages().size(), "nothing was published");
		}
	}

	@Test
	void unsubscribeStopsMessages() throws Exception {
		try (Probe probe = new Probe(Probe.settings(mosquitto, true, "unsub"));
				Watcher watcher = new Watcher(mosquitto.port, "unsub-watcher")) {
			probe.session.connect();
			probe.await(SessionState.CONNECTED);
			probe.session.subscribe("iot/unsub/a", 1);
			probe.session.unsubscribe("iot/unsub/a");
			probe.session.subscribe("iot/unsub/b", 1);
			watcher.publish("iot/unsub/a", "1", 1, false);
			watcher.publish("iot/unsub/b", "2", 1, false);
			probe.awaitMessage(Direction.IN, "iot/unsub/b"); // after a: ordered on the same connection
			assertTrue(probe.find(Direction.IN, "iot/unsub/a").isEmpty(), "no message after unsubscribing");
			assertFalse(probe.session.subscriptions().containsKey("iot/unsub/a"));
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
