package org.iotbench.cli;

import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.BrokerPreferences;
import org.iotbench.broker.BrokerService;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.broker.ConnectionEvent;
import org.iotbench.registry.ClientRegistryService;

/**
 * {@code iotbench broker [--port N] [--bind ADDR] [--allow-anonymous]}: runs the local broker in the foreground with
 * the registry of the data folder, printing each connection event, until Ctrl-C or SIGTERM.
 */
final class BrokerCommand {

	private final BrokerService broker;
	private final ClientRegistryService registry;
	private final CountDownLatch stopped = new CountDownLatch(1);

	BrokerCommand(BrokerService broker, ClientRegistryService registry) {
		this.broker = broker;
		this.registry = registry;
	}

	int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException, InterruptedException {
		arguments.parse(Set.of("--port", "--bind"), Set.of("--allow-anonymous")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (!arguments.positional().isEmpty()) {
			throw new UsageException(NLS.bind(Messages.UnexpectedArgument, arguments.positional().get(0)));
		}
		BrokerSettings settings = BrokerPreferences.load();
		try {
			if (arguments.option("--port") != null) { //$NON-NLS-1$
				settings = settings.withPort(BrokerSettings.parsePort(arguments.option("--port"))); //$NON-NLS-1$
			}
			if (arguments.option("--bind") != null) { //$NON-NLS-1$
				settings = settings.withBindAddress(BrokerSettings.parseBindAddress(arguments.option("--bind"))); //$NON-NLS-1$
			}
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		if (arguments.flag("--allow-anonymous")) { //$NON-NLS-1$
			settings = settings.withAllowAnonymous(true);
		}
		registry.loadProblem().ifPresent(problem -> err.println(problem.message()));

		Consumer<ConnectionEvent> printer = event -> out.println(event.line());
		broker.connectionLog().addListener(printer);
		Thread hook = new Thread(this::shutdown, "iotbench broker shutdown"); //$NON-NLS-1$
		Runtime.getRuntime().addShutdownHook(hook);
		try {
			BrokerStatus status = broker.start(settings);
			if (!status.running()) {
				err.println(status.summary());
				return CommandLineApplication.FAILED;
			}
			out.println(status.summary());
			out.println(NLS.bind(Messages.Broker_clients, registry.registry().getClients().size(),
					settings.allowAnonymous() ? Messages.Broker_anonymousAllowed : Messages.Broker_anonymousRefused));
			out.println(Messages.Broker_stopHint);
			out.flush();
			stopped.await();
			return CommandLineApplication.OK;
		} finally {
			broker.connectionLog().removeListener(printer);
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException e) {
				// already shutting down
			}
		}
	}

	/** Stops the broker (Ctrl-C, SIGTERM or the platform shutting down). */
	void shutdown() {
		if (stopped.getCount() > 0) {
			broker.stop();
			System.out.println(Messages.Broker_stopped);
			System.out.flush();
			stopped.countDown();
		}
	}
}
