package org.iotbench.broker.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.iotbench.broker.BrokerSettings;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.broker.ConnectionEvent;
import org.iotbench.broker.internal.MoquetteBroker;
import org.iotbench.registry.PasswordHasher;
import org.iotbench.registry.internal.LocalClientRegistry;

/** The real embedded broker on a free loopback port, with a registry in a temporary folder. */
final class LocalBrokerFixture implements AutoCloseable {

	final LocalClientRegistry registry;
	final MoquetteBroker broker;
	final int port;
	final Path stateFolder;

	LocalBrokerFixture(Path folder) throws IOException {
		this(folder, false);
	}

	LocalBrokerFixture(Path folder, boolean allowAnonymous) throws IOException {
		this(folder, settings -> settings.withAllowAnonymous(allowAnonymous));
	}

	/** The broker with the settings {@code customize} makes of plain MQTT on a free loopback port. */
	LocalBrokerFixture(Path folder, UnaryOperator<BrokerSettings> customize) throws IOException {
		registry = new LocalClientRegistry(folder.resolve("clients.xmi"), new PasswordHasher(1_000));
		stateFolder = folder.resolve("broker");
		broker = new MoquetteBroker(registry, stateFolder);
		port = freePort();
		BrokerStatus status = broker.start(customize.apply(new BrokerSettings("127.0.0.1", port, false,
				BrokerSettings.DEFAULT_MAX_MESSAGE_BYTES)));
		if (!status.running()) {
			throw new IllegalStateException(status.summary());
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	List<ConnectionEvent> log() {
		return broker.connectionLog().entries();
	}

	Optional<ConnectionEvent> lastRefusal(String clientId) {
		return log().stream().filter(e -> e.kind() == ConnectionEvent.Kind.REFUSED)
				.filter(e -> e.clientId().equals(clientId)).reduce((a, b) -> b);
	}

	@Override
	public void close() {
		broker.close();
		registry.close();
	}
}
