package org.iotbench.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.iotbench.broker.BrokerService;
import org.iotbench.sessions.LocalSession;
import org.iotbench.sessions.MessageStore;
import org.iotbench.sessions.RemoteSession;
import org.iotbench.sessions.RemoteSettings;
import org.iotbench.sessions.Session;
import org.iotbench.sessions.SessionException;
import org.iotbench.sessions.SessionState;
import org.iotbench.sessions.SessionStatus;

/**
 * A project as the workbench opens one, subscribed to {@value #FILTER} and recording into a {@link MessageStore} of
 * {@value #CAPACITY} messages: a local project inside our broker ({@link LocalSession}), or a remote project on the
 * peer ({@link RemoteSession}, MQTT 3.1.1 over TCP, as the fleet's subscriber).
 */
final class BenchProject implements AutoCloseable {

	/** What every benchmark project subscribes to; the topics of the project loads start with {@code bench/}. */
	static final String FILTER = "bench/#";
	static final int CAPACITY = MessageStore.DEFAULT_CAPACITY;

	private static final Duration CONNECT_LIMIT = Duration.ofSeconds(15);
	private static final long POLL_MS = 20;

	private final Session session;

	private BenchProject(Session session) {
		this.session = session;
	}

	/** A local project inside the running broker. */
	static BenchProject local(BrokerService broker) throws SessionException {
		LocalSession session = new LocalSession(broker, CAPACITY);
		try {
			session.connect();
			session.subscribe(FILTER, 0);
		} catch (SessionException | RuntimeException e) {
			session.close();
			throw e;
		}
		BenchProject project = new BenchProject(session);
		String broken = project.broken();
		if (broken != null) {
			project.close();
			throw new SessionException(broken);
		}
		return project;
	}

	/**
	 * A remote project on the peer, connected and subscribed.
	 *
	 * @throws SessionException when it is not connected within 15 s, with the session's reason
	 */
	static BenchProject remote(Endpoint endpoint, Fleet fleet) throws SessionException, InterruptedException {
		String id = fleet.id(Fleet.SUBSCRIBER);
		RemoteSettings settings = RemoteSettings.of(LoopbackPorts.HOST, endpoint.port(), id)
				.withCredentials(id, fleet.password(Fleet.SUBSCRIBER).toCharArray()).withAutoReconnect(false);
		RemoteSession session = new RemoteSession(settings, CAPACITY);
		try {
			session.subscribe(FILTER, 0); // remembered, subscribed before the status says CONNECTED
			session.connect();
			long deadline = System.nanoTime() + CONNECT_LIMIT.toNanos();
			SessionStatus status = session.status();
			while (status.state() == SessionState.CONNECTING && System.nanoTime() - deadline < 0) {
				TimeUnit.MILLISECONDS.sleep(POLL_MS);
				status = session.status();
			}
			if (status.state() != SessionState.CONNECTED || !status.reason().isEmpty()) {
				throw new SessionException("the remote project did not connect: " + describe(status));
			}
			return new BenchProject(session);
		} catch (SessionException | InterruptedException | RuntimeException e) {
			session.close();
			throw e;
		}
	}

	MessageStore messages() {
		return session.messages();
	}

	/** Why the project records nothing more (not connected, the broker stopped), in words, or {@code null}. */
	String broken() {
		SessionStatus status = session.status();
		return status.state() == SessionState.CONNECTED ? null : "the project is " + describe(status);
	}

	private static String describe(SessionStatus status) {
		String state = status.state().name().toLowerCase(Locale.ROOT);
		return status.reason().isEmpty() ? state : state + ": " + status.reason();
	}

	/** Stops recording; the store keeps what it holds. */
	void disconnect() {
		session.disconnect();
	}

	@Override
	public void close() {
		session.close();
	}
}
