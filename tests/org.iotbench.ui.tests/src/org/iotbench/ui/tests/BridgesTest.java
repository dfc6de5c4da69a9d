package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.PropertySheet;
import org.iotbench.bridges.runtime.BridgeFile;
import org.iotbench.projects.Project;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.Mosquitto;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.bridges.BridgeDialog;
import org.iotbench.ui.internal.bridges.UpstreamProject;
import org.iotbench.ui.internal.views.BrokerView;
import org.junit.jupiter.api.Test;

/**
 * A bridge added in its dialog connects the workbench's broker to a real mosquitto, and the Broker view shows it
 * working: its state in words and the messages it carried.
 */
class BridgesTest {

	private static IWorkbenchPage page() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window.getActivePage();
	}

	@Test
	void aBridgeAddedInItsDialogCarriesADevicesMessagesAndTheBrokerViewShowsIt() throws Exception {
		Mosquitto.assumeInstalled();
		LocalBroker.ensureRunning();
		Services.registry().register("Bridge test board", "bridge-board", "board-secret".toCharArray(), null);
		BridgeFile file = BridgeFile.current();
		BrokerView view = (BrokerView) page().showView(BrokerView.ID);
		Path folder = Files.createTempDirectory("iotbench-ui-bridge");
		try (Mosquitto upstream = Mosquitto.start(Files.createDirectories(folder.resolve("upstream")));
				Device application = new Device(upstream.port, "cloud-app");
				Device board = new Device(Services.broker().status().settings().port(), "bridge-board")) {
			BridgeDialog wrong = new BridgeDialog(view.getSite().getShell(), file, null);
			wrong.setBlockOnOpen(false);
			wrong.open();
			wrong.fill("cloud", "127.0.0.1", upstream.port, "sensors/# sideways 1");
			wrong.pressOk();
			assertNotNull(wrong.error(), "a rule that cannot be read is reported");
			assertTrue(wrong.error().contains("sideways"), wrong.error());
			assertEquals(0, file.read().getBridges().size(), "nothing was saved");
			wrong.close();

			BridgeDialog dialog = new BridgeDialog(view.getSite().getShell(), file, null);
			dialog.setBlockOnOpen(false);
			dialog.open();
			dialog.fill("cloud", "127.0.0.1", upstream.port, "sensors/# out 1\ncmd/# in 1");
			Screenshots.save(dialog.getShell().getDisplay(), "bridge-dialog.png");
			dialog.pressOk();
			assertEquals(Window.OK, dialog.getReturnCode(), () -> "the dialog accepted the bridge: " + dialog.error());
			Services.bridges().reload();

			assertTrue(UiWait.until(15, () -> view.bridges().rowTexts().stream()
					.anyMatch(row -> row.startsWith("cloud") && row.contains("Connected since"))),
					() -> view.bridges().rowTexts().toString());
			application.client.connect(Device.options(null, null));
			application.client.subscribe("sensors/#", 1);
			board.connect("board-secret");
			board.publish("sensors/desk/temperature", "22.5", 1, false);
			assertTrue(application.awaitMessages(1), "the upstream application got the board's reading");
			assertTrue(UiWait.until(10, () -> view.bridges().rowTexts().get(0).contains("1 out \u00b7 0 in \u00b7 0 waiting \u00b7 0 dropped")),
					() -> "the view counts one message out: " + view.bridges().rowTexts());
			Screenshots.save(view.getSite().getShell().getDisplay(), "broker-view-bridge.png");

			PropertySheet properties = (PropertySheet) page().showView(IPageLayout.ID_PROP_SHEET, null,
					IWorkbenchPage.VIEW_VISIBLE);
			page().activate(view);
			view.bridges().selectionProvider().setSelection(new StructuredSelection("cloud"));
			assertTrue(UiWait.until(10, () -> WorkbenchTest.propertyTexts(properties).contains("127.0.0.1")
					&& WorkbenchTest.propertyTexts(properties).stream().anyMatch(t -> t.startsWith("iotbench-bridge-"))),
					() -> "the Properties view shows the selected bridge: " + WorkbenchTest.propertyTexts(properties));
			Screenshots.save(view.getSite().getShell().getDisplay(), "broker-view-bridge-properties.png");

			Project watcher = UpstreamProject.of(file.read().getBridges().get(0), Services.projects());
			assertEquals("127.0.0.1", watcher.getConnection().getHost());
			assertEquals(upstream.port, watcher.getConnection().getPort());
			assertEquals(2, watcher.getSubscriptions().size(), "the project watches both rules' topics upstream");
		} finally {
			file.change(configuration -> {
				configuration.getBridges().clear();
				return null;
			});
			Services.bridges().reload();
			Services.registry().remove("bridge-board");
		}
	}
}
