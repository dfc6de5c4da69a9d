package org.iotbench.sessions.remote.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.iotbench.sessions.Direction;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.RemoteSession;
import org.iotbench.sessions.RemoteSettings;
import org.iotbench.sessions.SessionState;
import org.iotbench.sessions.SessionStatus;
import org.iotbench.tests.support.Eventually;

/** A remote session under test, with every status it went through and bounded waits on it. */
final class Probe implements AutoCloseable, Consumer<SessionStatus> {

	static final long WAIT_SECONDS = 15;

	final RemoteSession session;
	final List<SessionStatus> statuses = new CopyOnWriteArrayList<>();

	Probe(RemoteSettings settings) {
		session = new RemoteSession(settings, 1_000);
		session.addStatusListener(this);
	}

	/** Settings for the test broker's plain listener with its user, a 5 s connect timeout and a unique client ID. */
	static RemoteSettings settings(Mosquitto mosquitto, boolean mqtt5, String clientId) {
		return RemoteSettings.of(Mosquitto.HOST, mosquitto.port, clientId).withMqtt5(mqtt5)
				.withCredentials(Mosquitto.USER, Mosquitto.PASSWORD.toCharArray()).withConnectTimeout(5);
	}

	@Override
	public void accept(SessionStatus status) {
		statuses.add(status);
	}

	/** Waits for the state, and fails with every status seen if it does not come. */
	SessionStatus await(SessionState state) throws InterruptedException {
		if (!Eventually.within(WAIT_SECONDS, () -> session.status().state() == state)) {
			fail("expected " + state + " within " + WAIT_SECONDS + " s; statuses: " + statuses);
		}
		return session.status();
	}

	/** Waits until a status with this state has been reported to the listeners. */
	SessionStatus awaitReported(SessionState state) throws InterruptedException {
		assertTrue(Eventually.within(WAIT_SECONDS, () -> statuses.stream().anyMatch(s -> s.state() == state)),
				() -> "expected " + state + " to be reported; statuses: " + statuses);
		return statuses.stream().filter(s -> s.state() == state).findFirst().get();
	}

	/** Waits for a recorded message of that direction on that topic. */
	Message awaitMessage(Direction direction, String topic) throws InterruptedException {
		if (!Eventually.within(WAIT_SECONDS, () -> find(direction, topic).isPresent())) {
			fail("no " + direction + " message on " + topic + " within " + WAIT_SECONDS + " s; recorded: "
					+ session.messages().snapshot() + "; statuses: " + statuses);
		}
		return find(direction, topic).get();
	}

	Optional<Message> find(Direction direction, String topic) {
		return session.messages().snapshot().stream()
				.filter(m -> m.direction() == direction && m.topic().equals(topic)).findFirst();
	}

	static String text(Message message) {
		return new String(message.payload(), StandardCharsets.UTF_8);
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		session.close();
	}
}
