package org.iotbench.projects.core.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.broker.internal.MoquetteBroker;
import org.iotbench.projects.core.internal.LocalProjectService;
import org.iotbench.projects.core.internal.SecureStorageSecrets;
import org.iotbench.registry.PasswordHasher;
import org.iotbench.registry.RegistryException;
import org.iotbench.registry.internal.LocalClientRegistry;
import org.iotbench.tests.support.Device;

/**
 * What a project service stands on, in a temporary folder: a data folder for {@code projects.xmi}, an Eclipse Secure
 * Storage file in a folder of its own (unlocked with a fixed password, never prompting), and the real embedded broker
 * with a client registry that knows one device. Services, sessions and devices opened here are closed with it.
 */
final class Workbench implements AutoCloseable {

	/** The device the registry knows, and its password. */
	static final String SENSOR = "sensor";
	/** A second device, that listens. */
	static final String LISTENER = "listener";
	private static final String SENSOR_PASSWORD = "pwd";

	/** The data folder: {@code projects.xmi} and nothing else of the workbench. */
	final Path data;
	final Path file;
	/** The secure storage file, outside the data folder. */
	final Path secureStorage;
	final SecureStorageSecrets secrets;
	final LocalClientRegistry clients;
	final MoquetteBroker broker;
	private BrokerSettings settings;
	private final Deque<AutoCloseable> opened = new ArrayDeque<>();

	Workbench(Path folder) throws IOException, RegistryException {
		data = Files.createDirectories(folder.resolve("data"));
		file = data.resolve(LocalProjectService.FILE_NAME);
		secureStorage = Files.createDirectories(folder.resolve("secure")).resolve("secure_storage");
		secrets = new SecureStorageSecrets(openSecureStorage(secureStorage));
		Path registryFolder = Files.createDirectories(folder.resolve("clients"));
		clients = new LocalClientRegistry(registryFolder.resolve(LocalClientRegistry.FILE_NAME),
				new PasswordHasher(1_000));
		clients.register("Greenhouse ESP32", SENSOR, SENSOR_PASSWORD.toCharArray(), "");
		clients.register("Dashboard", LISTENER, SENSOR_PASSWORD.toCharArray(), "");
		broker = new MoquetteBroker(clients);
	}

	private static ISecurePreferences openSecureStorage(Path location) throws IOException {
		Map<Object, Object> options = new HashMap<>();
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("test".toCharArray()));
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		try {
			return SecurePreferencesFactory.open(location.toUri().toURL(), options);
		} catch (RuntimeException e) {
			throw new IllegalStateException("Eclipse Secure Storage could not be opened at " + location
					+ "; it needs the org.eclipse.equinox.security bundle running in OSGi", e);
		}
	}

	/** A project service on the data folder, as the workbench opens it at start. */
	LocalProjectService open() {
		return open(file);
	}

	/** A project service on another projects file, sharing the secure storage and broker. */
	LocalProjectService open(Path projectsFile) {
		LocalProjectService service = new LocalProjectService(broker, projectsFile, secrets);
		opened.push(service::close);
		return service;
	}

	/** Starts the embedded broker on a free loopback port. */
	void startBroker() throws IOException {
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

	/** The registered device, connected to the started broker. */
	Device device() throws MqttException {
		Device device = new Device(settings.port(), SENSOR);
		opened.push(device);
		device.connect(SENSOR_PASSWORD);
		return device;
	}

	/** The second registered device, connected. */
	Device listener() throws MqttException {
		Device device = new Device(settings.port(), LISTENER);
		opened.push(device);
		device.connect(SENSOR_PASSWORD);
		return device;
	}

	byte[] bytes() throws IOException {
		return Files.readAllBytes(file);
	}

	String text() throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	/** The names of the files in the data folder, hidden ones included. */
	List<String> fileNames() throws IOException {
		try (Stream<Path> files = Files.list(data)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	/** Every regular file below a folder. */
	static List<Path> filesBelow(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	@Override
	public void close() throws Exception {
		while (!opened.isEmpty()) {
			opened.pop().close();
		}
		broker.close();
		clients.close();
	}
}
