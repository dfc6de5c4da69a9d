package org.iotbench.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless side of {@code iotbench}: {@code iotbench broker ...} and {@code iotbench clients ...}. Exit codes:
 * 0 done, 1 the command failed, 2 wrong usage.
 */
public final class CommandLineApplication implements IApplication {

	static final int OK = 0;
	static final int FAILED = 1;
	static final int USAGE = 2;

	private volatile BrokerCommand broker;
	private volatile SimulateCommand simulate;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return run(args == null ? List.of() : Arrays.asList(args), System.out, System.err);
	}

	int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		if (args.isEmpty()) {
			return usage(err, null);
		}
		if (asksForHelp(args)) {
			out.print(Messages.Usage);
			return OK;
		}
		try {
			Arguments arguments = new Arguments(args.subList(1, args.size()));
			return switch (args.get(0)) {
			case "broker" -> { //$NON-NLS-1$
				broker = new BrokerCommand(Services.get(org.iotbench.broker.BrokerService.class),
						Services.get(org.iotbench.registry.ClientRegistryService.class));
				yield broker.run(arguments, out, err);
			}
			case "clients" -> new ClientsCommand(Services.get(org.iotbench.registry.ClientRegistryService.class)) //$NON-NLS-1$
					.run(arguments, out, err);
			case "bridges" -> new BridgesCommand(org.iotbench.bridges.runtime.BridgeFile.current()).run(arguments, out, //$NON-NLS-1$
					err);
			case "simulate" -> { //$NON-NLS-1$
				simulate = new SimulateCommand();
				yield simulate.run(arguments, out, err);
			}
			case "help", "--help", "-h" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				out.print(Messages.Usage);
				yield OK;
			}
			default -> usage(err, org.eclipse.osgi.util.NLS.bind(Messages.UnknownCommand, args.get(0)));
			};
		} catch (UsageException e) {
			return usage(err, e.getMessage());
		}
	}

	/**
	 * Whether {@code --help} or {@code -h} is there as a word of its own ({@code iotbench broker --help}), not as the
	 * value of an option ({@code --password -h}).
	 */
	private static boolean asksForHelp(List<String> args) {
		for (int i = 0; i < args.size(); i++) {
			boolean help = args.get(i).equals("--help") || args.get(i).equals("-h"); //$NON-NLS-1$ //$NON-NLS-2$
			if (help && (i == 0 || !args.get(i - 1).startsWith("-"))) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	static int usage(PrintStream err, String problem) {
		if (problem != null) {
			err.println(problem);
			err.println();
		}
		err.print(Messages.Usage);
		return USAGE;
	}

	@Override
	public void stop() {
		BrokerCommand running = broker;
		if (running != null) {
			running.shutdown();
		}
		SimulateCommand simulating = simulate;
		if (simulating != null) {
			simulating.shutdown();
		}
	}
}
