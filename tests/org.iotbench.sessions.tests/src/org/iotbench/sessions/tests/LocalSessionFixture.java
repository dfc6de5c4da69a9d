package org.iotbench.sessions.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.paho.client.mqttv3.MqttException;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.broker.internal.MoquetteBroker;
import org.iotbench.registry.PasswordHasher;
import org.iotbench.registry.RegistryException;
import org.iotbench.registry.internal.LocalClientRegistry;
import org.iotbench.sessions.LocalSession;
import org.iotbench.tests.support.Device;

/**
 * The real embedded broker on a free loopback port, with a registry in a temporary folder that knows two devices,
 * and the sessions and devices a test opens, closed with it.
 */
final class LocalSessionFixture implements AutoCloseable {

	static final String SENSOR = "sensor";
	static final String DISPLAY = "display";
	private static final String PASSWORD = "pwd";

	final LocalClientRegistry registry;
	final MoquetteBroker broker;
	final BrokerSettings settings;
	private final Deque<AutoCloseable> opened = new ArrayDeque<>();

	LocalSessionFixture(Path folder) throws IOException, RegistryException {
		registry = new LocalClientRegistry(folder.resolve(LocalClientRegistry.FILE_NAME), new PasswordHasher(1_000));
		registry.register("Greenhouse ESP32", SENSOR, PASSWORD.toCharArray(), "");
		registry.register("Desk display", DISPLAY, PASSWORD.toCharArray(), "");
		broker = new MoquetteBroker(registry);
		settings = new BrokerSettings("127.0.0.1", freePort(), false, BrokerSettings.DEFAULT_MAX_MESSAGE_BYTES);
		BrokerStatus status = broker.start(settings);
		if (!status.running()) {
			throw new IllegalStateException(status.summary());
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** A new local session, connected as creating the project does. */
	LocalSession session() {
		LocalSession session = new LocalSession(broker, 1_000);
		opened.push(session);
		session.connect();
		return session;
	}

	/** A registered device, connected. */
	Device device(String clientId) throws MqttException {
		Device device = new Device(settings.port(), clientId);
		opened.push(device);
		device.connect(PASSWORD);
		return device;
	}

	@Override
	public void close() throws Exception {
		while (!opened.isEmpty()) {
			opened.pop().close();
		}
		broker.close();
		registry.close();
	}
}
