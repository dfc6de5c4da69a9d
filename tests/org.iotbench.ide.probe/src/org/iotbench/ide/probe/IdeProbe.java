package org.iotbench.ide.probe;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.ServiceCaller;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.iotbench.broker.BrokerService;
import org.iotbench.broker.BrokerStatus;

/**
 * What an Eclipse IDE got from installing IoT Workbench: the perspective and views in the IDE's registries, the
 * perspective opened with its views (the Properties view among them), and the local broker running and accepting TCP
 * connections. Writes one line per check, {@code PASS ...} or {@code FAIL ...}, to the file named by the system
 * property {@value #REPORT}, then closes the workbench. Does nothing without that property.
 */
public final class IdeProbe implements IStartup {

	static final String REPORT = "iotbench.probe.report";
	private static final String PERSPECTIVE = "org.iotbench.ui.perspective";
	private static final List<String> VIEWS = List.of("org.iotbench.ui.views.projects", "org.iotbench.ui.views.topics",
			"org.iotbench.ui.views.broker", "org.iotbench.ui.views.clients", "org.iotbench.ui.views.connectionLog",
			"org.eclipse.ui.views.PropertySheet");
	private static final long BROKER_WAIT_MS = 60_000;

	@Override
	public void earlyStartup() {
		String report = System.getProperty(REPORT);
		if (report == null) {
			return;
		}
		// the workbench runs every early startup in turn: IoT Workbench's own, which starts the broker, must not wait
		Thread probe = new Thread(() -> look(report), "IoT Workbench IDE probe");
		probe.setDaemon(true);
		probe.start();
	}

	private static void look(String report) {
		List<String> lines = new ArrayList<>();
		IWorkbench workbench = PlatformUI.getWorkbench();
		try {
			workbench.getDisplay().syncExec(() -> lookAtTheWorkbench(workbench, lines));
			lookAtTheBroker(lines);
		} catch (RuntimeException e) {
			lines.add("FAIL the probe failed: " + e);
		}
		try {
			Files.write(Path.of(report), lines, StandardCharsets.UTF_8);
		} catch (IOException e) {
			e.printStackTrace();
		}
		workbench.getDisplay().asyncExec(workbench::close);
	}

	private static void lookAtTheWorkbench(IWorkbench workbench, List<String> lines) {
		check(lines, workbench.getPerspectiveRegistry().findPerspectiveWithId(PERSPECTIVE) != null,
				"perspective " + PERSPECTIVE + " is registered");
		for (String view : VIEWS) {
			check(lines, workbench.getViewRegistry().find(view) != null, "view " + view + " is registered");
		}
		IWorkbenchWindow window = workbench.getWorkbenchWindows()[0];
		try {
			IWorkbenchPage page = workbench.showPerspective(PERSPECTIVE, window);
			check(lines, PERSPECTIVE.equals(page.getPerspective().getId()), "perspective " + PERSPECTIVE + " opens");
			for (String view : VIEWS) {
				check(lines, page.findViewReference(view) != null, "view " + view + " is in the perspective");
			}
		} catch (WorkbenchException e) {
			lines.add("FAIL perspective " + PERSPECTIVE + " does not open: " + e.getMessage());
		}
	}

	private static void lookAtTheBroker(List<String> lines) {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BROKER_WAIT_MS);
		BrokerStatus status = null;
		while (System.nanoTime() < deadline) {
			BrokerStatus[] seen = new BrokerStatus[1];
			ServiceCaller.callOnce(IdeProbe.class, BrokerService.class, broker -> seen[0] = broker.status());
			status = seen[0];
			if (status != null && status.running()) {
				break;
			}
			try {
				Thread.sleep(200);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		if (status == null || !status.running()) {
			lines.add("FAIL the local broker is not running: " + status);
			return;
		}
		lines.add("PASS the local broker runs: " + status);
		int port = status.settings().port();
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			lines.add("PASS the local broker accepts connections on port " + port);
		} catch (IOException e) {
			lines.add("FAIL the local broker does not accept connections on port " + port + ": " + e);
		}
	}

	private static void check(List<String> lines, boolean passed, String what) {
		lines.add((passed ? "PASS " : "FAIL ") + what);
	}
}
