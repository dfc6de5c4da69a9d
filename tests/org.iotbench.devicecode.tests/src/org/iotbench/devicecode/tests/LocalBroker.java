package org.iotbench.devicecode.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.iotbench.broker.BrokerSettings;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.broker.CertificateSource;
import org.iotbench.broker.internal.MoquetteBroker;
import org.iotbench.registry.PasswordHasher;
import org.iotbench.registry.internal.LocalClientRegistry;

/** The real embedded broker on free loopback ports (plain MQTT and TLS), with a registry in a temporary folder. */
final class LocalBroker implements AutoCloseable {

	final LocalClientRegistry registry;
	final MoquetteBroker broker;
	final BrokerSettings settings;

	LocalBroker(Path folder) throws IOException {
		registry = new LocalClientRegistry(folder.resolve("clients.xmi"), new PasswordHasher(1_000));
		broker = new MoquetteBroker(registry, folder.resolve("broker"));
		settings = new BrokerSettings("127.0.0.1", freePort(), false, BrokerSettings.DEFAULT_MAX_MESSAGE_BYTES)
				.withTlsPort(freePort()).withCertificate(CertificateSource.lan(folder.resolve("tls")));
		BrokerStatus status = broker.start(settings);
		if (!status.running()) {
			throw new IllegalStateException(status.summary());
		}
	}

	int port() {
		return settings.port();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() {
		broker.close();
		registry.close();
	}
}
