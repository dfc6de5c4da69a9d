package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.iotbench.broker.ConnectionEvent;
import org.iotbench.broker.Messages;
import org.iotbench.registry.PasswordHasher;
import org.iotbench.registry.internal.LocalClientRegistry;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client disabled or removed while it is connected is dropped at once, whether the change comes from the workbench
 * or from another process writing the same registry file (the {@code iotbench clients} command).
 */
class RegistryEnforcementTest {

	@TempDir
	Path folder;
	private LocalBrokerFixture fixture;
	/** The registry as the command line opens it: the same file, another registry object. */
	private LocalClientRegistry commandLine;

	@BeforeEach
	void start() throws Exception {
		fixture = new LocalBrokerFixture(folder);
		fixture.registry.register("Desk ESP32", "clientA", "pwd".toCharArray(), "");
		commandLine = new LocalClientRegistry(folder.resolve("clients.xmi"), new PasswordHasher(1_000));
	}

	@AfterEach
	void stop() {
		commandLine.close();
		fixture.close();
	}

	@Test
	void disabledFromTheCommandLineDropsTheOnlineDeviceWithin2s() throws Exception {
		try (Device esp32 = new Device(fixture.port, "clientA")) {
			esp32.connectAsEsp32("pwd");
			commandLine.setEnabled("clientA", false);
			assertTrue(esp32.lost.await(2_500, TimeUnit.MILLISECONDS), "the device is dropped within 2 s");
			assertTrue(Eventually.within(5, () -> fixture.log().stream()
					.anyMatch(e -> e.kind() == ConnectionEvent.Kind.DISCONNECTED && e.clientId().equals("clientA")
							&& e.reason().equals(Messages.Event_disabled))),
					"the log says why: " + fixture.log());
		}
	}

	@Test
	void removedFromTheCommandLineDropsTheOnlineDevice() throws Exception {
		try (Device esp32 = new Device(fixture.port, "clientA")) {
			esp32.connectAsEsp32("pwd");
			commandLine.remove("clientA");
			assertTrue(esp32.lost.await(2_500, TimeUnit.MILLISECONDS), "the device is dropped within 2 s");
		}
	}

	@Test
	void disabledInTheWorkbenchDropsTheDevice() throws Exception {
		try (Device esp32 = new Device(fixture.port, "clientA")) {
			esp32.connectAsEsp32("pwd");
			fixture.registry.setEnabled("clientA", false);
			assertTrue(esp32.lost.await(2, TimeUnit.SECONDS), "the device is dropped");
		}
	}
}
