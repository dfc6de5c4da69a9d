package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.devicecode.Language;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.devicecode.DeviceCodeDialog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Clients view's Device Code dialog: the code of the selected client with the running broker's address and port,
 * the password written in only once the registry says it is right, and every language one click away.
 */
class DeviceCodeTest {

	@BeforeAll
	static void brokerRuns() throws Exception {
		LocalBroker.ensureRunning();
	}

	private static DeviceCodeDialog open(RegisteredClient client, String knownPassword) {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		BrokerSettings settings = Services.broker().status().settings();
		DeviceCodeDialog dialog = new DeviceCodeDialog(shell, client, Services.registry(), settings, knownPassword);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Point size = dialog.getShell().getSize();
		assertTrue(size.x <= 1366 && size.y <= 768, "the dialog fits a 1366x768 screen: " + size);
		return dialog;
	}

	private static RegisteredClient register(String password) throws Exception {
		String id = "code" + System.nanoTime() % 1_000_000;
		return Services.registry().register("Desk board", id, password.toCharArray(), null);
	}

	@Test
	void aTypedPasswordGoesIntoTheCodeOnlyOnceTheRegistryAcceptsIt() throws Exception {
		RegisteredClient client = register("right-one");
		DeviceCodeDialog dialog = open(client, null);
		try {
			int port = Services.broker().status().settings().port();
			assertTrue(dialog.code().contains("MQTT_CLIENT_ID = \"" + client.getClientId() + '"'), dialog.code());
			assertTrue(dialog.code().contains("MQTT_PORT = " + port), "the running broker's port: " + dialog.code());
			assertTrue(dialog.code().contains("MQTT_BROKER = \"127.0.0.1\""),
					"the broker is bound to loopback in the tests, so that is the address offered: " + dialog.code());
			assertTrue(dialog.code().contains("MQTT_PASSWORD = \"YOUR_PASSWORD\""), dialog.code());

			dialog.typePassword("wrong-one");
			assertTrue(UiWait.until(10, () -> !dialog.passwordState().equals(Messages.DeviceCode_passwordChecking)),
					"the check ends: " + dialog.passwordState());
			assertTrue(dialog.passwordState().contains(org.iotbench.registry.Verdict.WRONG_PASSWORD.reason()),
					"the dialog says why the broker would refuse it: " + dialog.passwordState());
			assertFalse(dialog.code().contains("wrong-one"), "a refused password never reaches the code");

			dialog.typePassword("right-one");
			assertTrue(UiWait.until(10, () -> dialog.code().contains("MQTT_PASSWORD = \"right-one\"")),
					dialog.passwordState() + "\n" + dialog.code());
		} finally {
			dialog.close();
			Services.registry().remove(client.getClientId());
		}
	}

	@Test
	void everyLanguageIsWrittenWithTheKnownPassword() throws Exception {
		RegisteredClient client = register("just-set");
		DeviceCodeDialog dialog = open(client, "just-set");
		try {
			dialog.selectLanguage(Language.ARDUINO);
			assertTrue(dialog.code().contains("#include <PubSubClient.h>"), dialog.code());
			assertTrue(dialog.code().contains("const char *MQTT_PASSWORD = \"just-set\";"), dialog.code());
			dialog.selectLanguage(Language.ESP_IDF);
			assertTrue(dialog.code().contains("esp_mqtt_client_init"), dialog.code());
			dialog.selectLanguage(Language.PYTHON);
			assertTrue(dialog.code().contains("import paho.mqtt.client as mqtt"), dialog.code());
			dialog.setHost("192.0.2.44");
			assertTrue(dialog.code().contains("MQTT_BROKER = \"192.0.2.44\""), "a typed address: " + dialog.code());
		} finally {
			dialog.close();
			Services.registry().remove(client.getClientId());
		}
	}

	@Test
	void aForgottenPasswordIsReplacedThereAndThen() throws Exception {
		RegisteredClient client = register("forgotten");
		DeviceCodeDialog dialog = open(client, null);
		try {
			dialog.setNewPassword("brand-new-1");
			assertTrue(dialog.code().contains("MQTT_PASSWORD = \"brand-new-1\""), dialog.code());
			assertTrue(Services.registry().verify(client.getClientId(),
					"brand-new-1".getBytes(java.nio.charset.StandardCharsets.UTF_8)).accepted(), "the registry has it");
			assertFalse(Services.registry().verify(client.getClientId(),
					"forgotten".getBytes(java.nio.charset.StandardCharsets.UTF_8)).accepted(), "the old one is gone");
		} finally {
			dialog.close();
			Services.registry().remove(client.getClientId());
		}
	}
}
