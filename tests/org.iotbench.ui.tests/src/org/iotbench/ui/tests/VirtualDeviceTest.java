package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.core.DataLocation;
import org.iotbench.simulator.VirtualDevice;
import org.iotbench.tests.support.Device;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.simulator.VirtualDeviceDialog;
import org.iotbench.ui.internal.simulator.VirtualDeviceStore;
import org.iotbench.ui.internal.simulator.VirtualDevices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Running a registered client as a virtual device from the Clients view: Start only with the client's right password
 * and a template that makes a payload, the device's messages reach the broker, its settings are kept for the next
 * time without the password in the file, and it stops.
 */
class VirtualDeviceTest {

	@BeforeAll
	static void brokerRuns() throws Exception {
		LocalBroker.ensureRunning();
	}

	@Test
	void aClientRunsAsAVirtualDeviceWithItsCheckedPassword() throws Exception {
		String id = "virtual" + System.nanoTime() % 1_000_000;
		RegisteredClient client = Services.registry().register("Simulated board", id, "sim-secret".toCharArray(),
				null);
		Services.registry().register("Watcher", id + "-watch", "w".toCharArray(), null);
		int port = Services.broker().status().settings().port();
		VirtualDevices devices = VirtualDevices.instance();
		try (Device watcher = new Device(port, id + "-watch")) {
			watcher.connect("w");
			watcher.client.subscribe("vd/" + id + "/#", 1);
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			VirtualDeviceDialog dialog = new VirtualDeviceDialog(shell, client, Services.registry(), devices,
					new VirtualDeviceStore());
			dialog.setBlockOnOpen(false);
			dialog.open();
			Point size = dialog.getShell().getSize();
			assertTrue(size.x <= 1366 && size.y <= 768, "the dialog fits a 1366x768 screen: " + size);
			dialog.setTopic("vd/" + id + "/t");
			dialog.setPayload("${walk(1)}");
			assertFalse(dialog.canStart(), "a template called wrongly cannot start");
			dialog.setPayload("{\"n\": ${counter(1)}}");
			assertTrue(dialog.preview().endsWith("{\"n\": 1}"), "a preview of the payload: " + dialog.preview());
			assertFalse(dialog.canStart(), "not without the client's password");
			dialog.typePassword("wrong");
			UiWait.until(2, () -> false);
			assertFalse(dialog.canStart(), "not with a wrong one");
			dialog.typePassword("sim-secret");
			assertTrue(UiWait.until(10, dialog::canStart), "with the right one");
			dialog.setIntervalTenths(1);
			dialog.setCount(5);
			dialog.start();

			assertTrue(UiWait.until(10, () -> watcher.received.size() >= 5), "5 messages: " + watcher.received);
			assertEquals("{\"n\": 5}", watcher.received.get(4).payload());
			assertTrue(UiWait.until(10, () -> devices.of(id).map(d -> d.status().state())
					.orElse(null) == VirtualDevice.State.FINISHED), "finished after its count");
			String saved = Files.readString(DataLocation.current().root().resolve("virtual-devices.json"),
					StandardCharsets.UTF_8);
			assertTrue(saved.contains("vd/" + id + "/t"), saved);
			assertFalse(saved.contains("sim-secret"), "the password is not in the file");
			assertEquals("sim-secret", new VirtualDeviceStore().password(id), "but in secure storage");
		} finally {
			devices.stop(id);
			Services.registry().remove(id);
			Services.registry().remove(id + "-watch");
		}
	}
}
