package org.iotbench.tests.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.iotbench.broker.BrokerService;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.broker.CertificateSource;
import org.iotbench.broker.internal.MoquetteBroker;
import org.iotbench.registry.ClientRegistryService;
import org.iotbench.registry.PasswordHasher;
import org.iotbench.registry.internal.LocalClientRegistry;

/**
 * The real embedded broker on free loopback ports (plain MQTT and TLS with a certificate generated for this computer),
 * with a registry in a folder of the test's.
 */
public final class EmbeddedBroker implements AutoCloseable {

	public final ClientRegistryService registry;
	public final BrokerService broker;
	public final BrokerSettings settings;
	private final LocalClientRegistry localRegistry;
	private final MoquetteBroker moquette;

	/** Starts it, its files in {@code folder}; a cheap password hash (1,000 rounds) keeps the tests quick. */
	public EmbeddedBroker(Path folder) throws IOException {
		localRegistry = new LocalClientRegistry(folder.resolve("clients.xmi"), new PasswordHasher(1_000));
		moquette = new MoquetteBroker(localRegistry, folder.resolve("broker"));
		registry = localRegistry;
		broker = moquette;
		settings = new BrokerSettings("127.0.0.1", freePort(), false, BrokerSettings.DEFAULT_MAX_MESSAGE_BYTES)
				.withTlsPort(freePort()).withCertificate(CertificateSource.lan(folder.resolve("tls")));
		BrokerStatus status = moquette.start(settings);
		if (!status.running()) {
			throw new IllegalStateException(status.summary());
		}
	}

	public int port() {
		return settings.port();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() {
		moquette.close();
		localRegistry.close();
	}
}
