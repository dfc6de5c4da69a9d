package org.iotbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.BrokerPreferences;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.devicecode.DeviceTopics;
import org.iotbench.simulator.PayloadTemplate;
import org.iotbench.simulator.VirtualDevice;
import org.iotbench.simulator.VirtualDevice.State;
import org.iotbench.simulator.VirtualDeviceSettings;

/**
 * {@code iotbench simulate --client ID [options]}: virtual devices in this terminal, against the local broker or any
 * other, like {@code mqttx simulate}, until Ctrl-C or until each has sent its count. Each device's changes of state are
 * printed; at the end, what each sent.
 */
final class SimulateCommand {

	private static final int MAX_DEVICES = 10_000;
	private static final long DEFAULT_INTERVAL_MS = 1_000;

	private final CountDownLatch stopped = new CountDownLatch(1);
	private final List<VirtualDevice> devices = new ArrayList<>();
	private ScheduledExecutorService scheduler;

	int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, InterruptedException {
		arguments.parse(Set.of("--client", "--password", "--host", "--port", "--topic", "--payload", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"--payload-file", "--interval", "--count", "--qos", "--command", "--status", "--csv", "--devices"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				Set.of("--retain", "--no-commands")); //$NON-NLS-1$ //$NON-NLS-2$
		if (!arguments.positional().isEmpty()) {
			throw new UsageException(NLS.bind(Messages.UnexpectedArgument, arguments.positional().get(0)));
		}
		List<VirtualDeviceSettings> fleet = fleet(arguments);
		scheduler = Executors.newScheduledThreadPool(Math.max(1, Math.min(4, fleet.size())));
		Thread hook = new Thread(this::shutdown, "iotbench simulate shutdown"); //$NON-NLS-1$
		Runtime.getRuntime().addShutdownHook(hook);
		CountDownLatch finished = new CountDownLatch(fleet.size());
		try {
			for (VirtualDeviceSettings settings : fleet) {
				VirtualDevice device = new VirtualDevice(settings, scheduler);
				device.addStatusListener(new Printer(settings.clientId(), out, finished));
				devices.add(device);
				try {
					device.start();
				} catch (IllegalArgumentException | IOException e) {
					err.println(e.getMessage());
					shutdown();
					return CommandLineApplication.FAILED;
				}
			}
			out.println(NLS.bind(Messages.Simulate_started, fleet.size(), fleet.get(0)));
			out.flush();
			Thread waiter = Thread.ofVirtual().start(() -> {
				try {
					finished.await();
					shutdown();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			});
			stopped.await();
			waiter.interrupt();
			for (VirtualDevice device : devices) {
				out.println(NLS.bind(Messages.Simulate_sent, device.settings().clientId(), device.status().sent()));
			}
			return CommandLineApplication.OK;
		} finally {
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException e) {
				// already shutting down
			}
		}
	}

	/** The devices asked for: one, or {@code --devices N} named ID-1 ... ID-N, each with topics of its own. */
	private static List<VirtualDeviceSettings> fleet(Arguments arguments) throws UsageException {
		String clientId = ClientsCommand.required(arguments, "--client"); //$NON-NLS-1$
		String password = arguments.option("--password") == null ? null //$NON-NLS-1$
				: new String(ClientsCommand.password(arguments.option("--password"))); //$NON-NLS-1$
		BrokerSettings local = BrokerPreferences.load();
		String host = arguments.option("--host") == null ? "127.0.0.1" : arguments.option("--host"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		int port = arguments.option("--port") == null ? local.port() : parsePort(arguments.option("--port")); //$NON-NLS-1$ //$NON-NLS-2$
		int count = number(arguments, "--devices", 1, 1, MAX_DEVICES); //$NON-NLS-1$
		long interval = number(arguments, "--interval", DEFAULT_INTERVAL_MS, VirtualDeviceSettings.MIN_INTERVAL_MILLIS, //$NON-NLS-1$
				24L * 3_600_000);
		long messages = number(arguments, "--count", 0, 0, Long.MAX_VALUE); //$NON-NLS-1$
		int qos = (int) number(arguments, "--qos", 0, 0, 2); //$NON-NLS-1$
		String payload = payload(arguments);
		Path csv = arguments.option("--csv") == null ? null : Path.of(arguments.option("--csv")); //$NON-NLS-1$ //$NON-NLS-2$
		List<VirtualDeviceSettings> fleet = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String id = count == 1 ? clientId : clientId + '-' + i;
			DeviceTopics topics;
			try {
				topics = DeviceTopics.forClient(id, List.of(), List.of());
			} catch (IllegalArgumentException e) {
				throw new UsageException(e.getMessage());
			}
			String topic = option(arguments, "--topic", topics.telemetry(), id); //$NON-NLS-1$
			boolean commands = !arguments.flag("--no-commands"); //$NON-NLS-1$
			String command = commands ? option(arguments, "--command", topics.commands(), id) : null; //$NON-NLS-1$
			String status = commands ? option(arguments, "--status", topics.status(), id) : null; //$NON-NLS-1$
			try {
				fleet.add(new VirtualDeviceSettings(id, password, host, port, topic, payload, interval, messages, qos,
						arguments.flag("--retain"), command, status, csv)); //$NON-NLS-1$
			} catch (IllegalArgumentException e) {
				throw new UsageException(e.getMessage());
			}
		}
		return fleet;
	}

	/** An option's value with {@code %c} standing for the device's client ID, or the default. */
	private static String option(Arguments arguments, String name, String fallback, String clientId) {
		String value = arguments.option(name);
		return value == null ? fallback : value.replace("%c", clientId); //$NON-NLS-1$
	}

	private static String payload(Arguments arguments) throws UsageException {
		String file = arguments.option("--payload-file"); //$NON-NLS-1$
		if (file != null) {
			try {
				return Files.readString(Path.of(file), StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new UsageException(NLS.bind(Messages.Simulate_unreadable, file, e.getMessage()));
			}
		}
		String text = arguments.option("--payload"); //$NON-NLS-1$
		return text == null ? PayloadTemplate.EXAMPLE : text;
	}

	private static int parsePort(String text) throws UsageException {
		try {
			return BrokerSettings.parsePort(text);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}

	private static long number(Arguments arguments, String option, long fallback, long min, long max)
			throws UsageException {
		String text = arguments.option(option);
		if (text == null) {
			return fallback;
		}
		try {
			long value = Long.parseLong(text.replace("_", "")); //$NON-NLS-1$ //$NON-NLS-2$
			if (value >= min && value <= max) {
				return value;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new UsageException(NLS.bind(Messages.Simulate_badNumber, new Object[] { option, min,
				max == Long.MAX_VALUE ? "..." : Long.toString(max), text })); //$NON-NLS-1$
	}

	private static int number(Arguments arguments, String option, int fallback, int min, int max)
			throws UsageException {
		return (int) number(arguments, option, (long) fallback, min, max);
	}

	/** Stops every device (Ctrl-C, SIGTERM, all finished, or the platform shutting down). */
	void shutdown() {
		if (stopped.getCount() == 0) {
			return;
		}
		for (VirtualDevice device : devices) {
			if (device.status().state() != State.FINISHED && device.status().state() != State.FAILED) {
				device.stop();
			}
		}
		if (scheduler != null) {
			scheduler.shutdownNow();
		}
		stopped.countDown();
	}

	/** Prints a device's changes of state, not every message. */
	private static final class Printer implements java.util.function.Consumer<VirtualDevice.Status> {

		private final String clientId;
		private final PrintStream out;
		private final CountDownLatch finished;
		private State last;
		private String lastProblem;

		Printer(String clientId, PrintStream out, CountDownLatch finished) {
			this.clientId = clientId;
			this.out = out;
			this.finished = finished;
		}

		@Override
		public synchronized void accept(VirtualDevice.Status status) {
			if (status.state() == last && java.util.Objects.equals(status.problem(), lastProblem)) {
				return;
			}
			last = status.state();
			lastProblem = status.problem();
			String line = clientId + ": " + status.state().name().toLowerCase(java.util.Locale.ROOT) //$NON-NLS-1$
					+ (status.problem() == null ? "" : " - " + status.problem()); //$NON-NLS-1$ //$NON-NLS-2$
			out.println(line);
			out.flush();
			if (status.state() == State.FINISHED || status.state() == State.FAILED) {
				finished.countDown();
			}
		}
	}
}
