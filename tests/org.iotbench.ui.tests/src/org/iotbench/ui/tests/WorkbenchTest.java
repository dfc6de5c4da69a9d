package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.iotbench.broker.BrokerPreferences;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.ui.internal.Perspective;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.dialogs.ClientDialog;
import org.iotbench.ui.internal.views.BrokerView;
import org.iotbench.ui.internal.views.ClientsView;
import org.iotbench.ui.internal.views.ConnectionLogView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The workbench as a user sees it: perspective, client registration, Properties view and live online state. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchTest {

	private static int port;

	@BeforeAll
	static void brokerRuns() throws Exception {
		// the broker of the test run: started here on a free port, or already by a test class that ran before
		LocalBroker.ensureRunning();
		port = Services.broker().status().settings().port();
	}

	private static IWorkbenchPage page() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		PlatformUI.getWorkbench().showPerspective(Perspective.ID, window);
		return window.getActivePage();
	}

	@Test
	@Order(1)
	void perspectiveShowsBrokerClientsAndConnectionLog() throws Exception {
		IWorkbenchPage page = page();
		assertEquals(Perspective.ID, page.getPerspective().getId());
		BrokerView broker = (BrokerView) page.findView(BrokerView.ID);
		assertNotNull(broker, "broker view");
		assertNotNull(page.findView(ClientsView.ID), "clients view");
		assertNotNull(page.findView(ConnectionLogView.ID), "connection log view");
		assertTrue(UiWait.until(10, () -> broker.stateText().equals("Running")), broker.stateText());
		assertTrue(broker.addressTexts().contains("mqtt://127.0.0.1:" + port), broker.addressTexts().toString());
		assertTrue(broker.factsText().contains("Registered clients only"), broker.factsText());
	}

	@Test
	@Order(2)
	void registeredClientShowsInPropertiesAndGoesOnline() throws Exception {
		IWorkbenchPage page = page();
		PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null,
				IWorkbenchPage.VIEW_VISIBLE);
		ClientsView clients = (ClientsView) page.showView(ClientsView.ID);

		ClientDialog dialog = new ClientDialog(clients.getSite().getShell(), Services.registry(), null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dialog.fill("Desk ESP32", "clientA", "pwd");
		dialog.pressOk();
		assertEquals(Window.OK, dialog.getReturnCode(), "the dialog accepted the client");

		RegisteredClient client = Services.registry().find("clientA").orElseThrow();
		Table table = clients.viewer().getTable();
		assertTrue(UiWait.until(10, () -> rowOf(table, "clientA") != null), "clientA is listed");
		clients.viewer().setSelection(new StructuredSelection(client), true);
		assertTrue(UiWait.until(10, () -> propertyTexts(properties).contains("Desk ESP32")),
				"the Properties view shows the selected client: " + propertyTexts(properties));
		assertTrue(propertyTexts(properties).contains("clientA"), propertyTexts(properties).toString());
		assertTrue(propertyTexts(properties).stream().noneMatch(t -> t.contains("pbkdf2")),
				"the password hash is not shown");

		assertEquals("Offline", rowOf(table, "clientA").getText(2));
		MqttClient device = new MqttClient("tcp://127.0.0.1:" + port, "clientA", new MemoryPersistence());
		try {
			MqttConnectOptions options = new MqttConnectOptions();
			options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
			options.setUserName("clientA");
			options.setPassword("pwd".toCharArray());
			options.setKeepAliveInterval(0);
			device.connect(options);
			assertTrue(UiWait.until(10, () -> "Online".equals(rowOf(table, "clientA").getText(2))),
					"the clients view shows clientA online");
			assertTrue(rowOf(table, "clientA").getText(3).startsWith("127.0.0.1:"), "its address is shown");
			device.disconnect();
			assertTrue(UiWait.until(10, () -> "Offline".equals(rowOf(table, "clientA").getText(2))),
					"and offline again after it disconnects");
		} finally {
			device.close(true);
		}
	}

	/** The page opens without an error and shows the broker's defaults (1883, persistence on, listener ports). */
	@Test
	@Order(3)
	void brokerPreferencePageShowsTheDefaults() throws Exception {
		page();
		org.eclipse.jface.preference.PreferenceDialog dialog = org.eclipse.ui.dialogs.PreferencesUtil
				.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
						"org.iotbench.ui.preferences.broker", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			org.iotbench.ui.internal.preferences.BrokerPreferencePage preferences = (org.iotbench.ui.internal.preferences.BrokerPreferencePage) dialog
					.getSelectedPage();
			assertNotNull(preferences.getControl(), "the page was created");
			assertTrue(preferences.isValid(), "the page is valid: " + preferences.getErrorMessage());
			org.eclipse.jface.preference.IPreferenceStore store = preferences.getPreferenceStore();
			assertEquals(org.iotbench.broker.BrokerSettings.DEFAULT_PORT, store.getDefaultInt(BrokerPreferences.PORT));
			assertEquals(org.iotbench.broker.BrokerSettings.ALL_INTERFACES,
					store.getDefaultString(BrokerPreferences.BIND_ADDRESS));
			assertTrue(store.getDefaultBoolean(BrokerPreferences.PERSISTENCE));
			assertEquals(org.iotbench.broker.BrokerSettings.DEFAULT_TLS_PORT,
					store.getDefaultInt(BrokerPreferences.TLS_PORT));
			assertFalse(store.getDefaultBoolean(BrokerPreferences.START_WITH_WORKBENCH),
					"the test customization still applies over the defaults");
			org.eclipse.swt.graphics.Point size = dialog.getShell().getSize();
			assertTrue(size.y <= 768 && size.x <= 1366, "the Preferences dialog fits a 1366x768 screen: " + size);

			preferences.typePort("99999");
			assertFalse(preferences.isValid(), "an invalid port cannot be applied");
			assertNotNull(preferences.getErrorMessage(), "and the page says why");
			assertTrue(preferences.getErrorMessage().contains("65535"), preferences.getErrorMessage());
		} finally {
			dialog.close();
		}
	}

	private static TableItem rowOf(Table table, String clientId) {
		for (TableItem item : table.getItems()) {
			if (clientId.equals(item.getText(1))) {
				return item;
			}
		}
		return null;
	}

	/** The texts of the Properties view's rows, expanded (other tests use it too). */
	static List<String> propertyTexts(IViewPart sheet) {
		List<String> texts = new ArrayList<>();
		if (((PropertySheet) sheet).getCurrentPage().getControl() instanceof Tree tree) {
			for (TreeItem item : tree.getItems()) {
				collect(item, texts);
			}
		}
		return texts;
	}

	private static void collect(TreeItem item, List<String> texts) {
		texts.add(item.getText(0));
		texts.add(item.getText(1));
		if (item.getExpanded() || item.getItemCount() > 0) {
			item.setExpanded(true);
			for (TreeItem child : item.getItems()) {
				collect(child, texts);
			}
		}
	}

	/** New local project, new remote project and register client are told apart at a glance. */
	@Test
	@Order(4)
	void theThreeNewCommandsHaveDistinctIcons() {
		org.eclipse.ui.commands.ICommandImageService images = PlatformUI.getWorkbench()
				.getService(org.eclipse.ui.commands.ICommandImageService.class);
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (String command : new String[] { "org.iotbench.ui.commands.newLocalProject",
				"org.iotbench.ui.commands.newRemoteProject", "org.iotbench.ui.commands.registerClient" }) {
			org.eclipse.jface.resource.ImageDescriptor icon = images.getImageDescriptor(command);
			assertNotNull(icon, command + " has an icon");
			org.eclipse.swt.graphics.ImageData pixels = icon.getImageData(100);
			assertTrue(seen.add(java.util.Base64.getEncoder().encodeToString(pixels.data)),
					command + " has the same icon as another");
		}
	}
}
