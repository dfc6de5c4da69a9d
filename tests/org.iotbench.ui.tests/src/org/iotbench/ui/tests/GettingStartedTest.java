package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.start.GettingStartedEditor;
import org.iotbench.ui.internal.start.GettingStartedInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Help > Getting Started: the seed's flow with this broker's address and the firmware filled in for it. */
class GettingStartedTest {

	@BeforeAll
	static void brokerRuns() throws Exception {
		LocalBroker.ensureRunning();
	}

	@Test
	void thePageGivesTheBrokerAddressAndTheFirmwareFilledIn() throws Exception {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		window.getService(IHandlerService.class).executeCommand("org.iotbench.ui.commands.gettingStarted", null);
		GettingStartedEditor editor = (GettingStartedEditor) page.findEditor(GettingStartedInput.INSTANCE);
		assertTrue(editor != null, "Help > Getting Started opens the page");
		int port = Services.broker().status().settings().port();
		assertTrue(UiWait.until(5, () -> editor.addressText().contains(":" + port)),
				"the address devices use: " + editor.addressText());
		String code = editor.code();
		assertTrue(code.contains("MQTT_PORT = " + port), code);
		assertTrue(code.contains("from umqtt.simple import MQTTClient"), "the seed's MicroPython example");
		assertFalse(code.contains("${"), "every placeholder is filled: " + code);
		page.closeEditor(editor, false);
	}
}
