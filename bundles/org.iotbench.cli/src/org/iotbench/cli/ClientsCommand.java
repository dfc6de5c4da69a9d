package org.iotbench.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.text.DateFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.core.AtomicFile;
import org.iotbench.registry.ClientRegistryService;
import org.iotbench.registry.CredentialGenerator;
import org.iotbench.registry.FleetFile;
import org.iotbench.registry.RegistryException;

/**
 * {@code iotbench clients list | add --id ID --password PW [--name NAME] [--description TEXT] | import FILE | export
 * [FILE] | remove ID | enable ID | disable ID | permit ID | code ID --lang LANG}: the registry without the GUI, like {@code mosquitto_passwd}. {@code --password -} reads the password
 * from standard input, so that it does not show in the process list.
 */
final class ClientsCommand {

	private final ClientRegistryService registry;

	ClientsCommand(ClientRegistryService registry) {
		this.registry = registry;
	}

	int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		arguments.parse(Set.of("--id", "--password", "--name", "--description", "--publish", "--subscribe", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"--lang", "--host", "--output"), Set.of("--tls")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		List<String> words = arguments.positional();
		if (words.isEmpty()) {
			throw new UsageException(Messages.Clients_missingAction);
		}
		registry.loadProblem().ifPresent(problem -> err.println(problem.message()));
		try {
			switch (words.get(0)) {
			case "list" -> { //$NON-NLS-1$
				expect(words, 1);
				list(out);
			}
			case "add" -> { //$NON-NLS-1$
				expect(words, 1);
				String id = required(arguments, "--id"); //$NON-NLS-1$
				char[] password = password(required(arguments, "--password")); //$NON-NLS-1$
				registry.register(arguments.option("--name"), id, password, arguments.option("--description")); //$NON-NLS-1$ //$NON-NLS-2$
				out.println(NLS.bind(Messages.Clients_added, id));
			}
			case "import" -> { //$NON-NLS-1$
				if (words.size() < 2) {
					throw new UsageException(Messages.Clients_missingFile);
				}
				expect(words, 2);
				return importFleet(Path.of(words.get(1)), out, err);
			}
			case "export" -> { //$NON-NLS-1$
				expect(words, 2);
				return export(words.size() > 1 ? words.get(1) : "-", out, err); //$NON-NLS-1$
			}
			case "permit" -> { //$NON-NLS-1$
				String id = target(words);
				registry.setPermissions(id, patterns(arguments.option("--publish")), //$NON-NLS-1$
						patterns(arguments.option("--subscribe"))); //$NON-NLS-1$
				out.println(NLS.bind(Messages.Clients_permitted, id));
			}
			case "code" -> { //$NON-NLS-1$
				return new DeviceCodeCommand(registry).run(target(words), arguments, out, err);
			}
			case "remove" -> { //$NON-NLS-1$
				registry.remove(target(words));
				out.println(NLS.bind(Messages.Clients_removed, words.get(1)));
			}
			case "enable" -> { //$NON-NLS-1$
				registry.setEnabled(target(words), true);
				out.println(NLS.bind(Messages.Clients_enabled, words.get(1)));
			}
			case "disable" -> { //$NON-NLS-1$
				registry.setEnabled(target(words), false);
				out.println(NLS.bind(Messages.Clients_disabled, words.get(1)));
			}
			default -> throw new UsageException(NLS.bind(Messages.Clients_unknownAction, words.get(0)));
			}
			return CommandLineApplication.OK;
		} catch (RegistryException e) {
			err.println(e.getMessage());
			return CommandLineApplication.FAILED;
		}
	}

	/** Registers every client of a fleet file in one change, or none; prints generated passwords once. */
	private int importFleet(Path file, PrintStream out, PrintStream err) {
		List<FleetFile.Entry> entries;
		try {
			entries = FleetFile.read(file, new CredentialGenerator());
			registry.registerAll(entries.stream().map(FleetFile.Entry::client).toList(), i -> entries.get(i).where());
		} catch (IOException e) {
			err.println(NLS.bind(Messages.Clients_unreadableFile, file, e.getMessage()));
			return CommandLineApplication.FAILED;
		} catch (RegistryException e) {
			err.println(NLS.bind(Messages.Clients_notImported, file));
			err.println(e.getMessage());
			return CommandLineApplication.FAILED;
		}
		out.println(NLS.bind(Messages.Clients_imported, entries.size(), file));
		List<FleetFile.Entry> generated = entries.stream().filter(FleetFile.Entry::generated).toList();
		if (!generated.isEmpty()) {
			out.println(Messages.Clients_generatedHead);
			for (FleetFile.Entry entry : generated) {
				out.println(entry.client().clientId() + '\t' + new String(entry.client().password()));
			}
		}
		return CommandLineApplication.OK;
	}

	/** The clients as CSV or JSON (by the file's extension), to a file written atomically or to standard output. */
	private int export(String target, PrintStream out, PrintStream err) {
		List<RegisteredClient> clients = registry.registry().getClients();
		if ("-".equals(target)) { //$NON-NLS-1$
			out.print(FleetFile.format(null, clients));
			return CommandLineApplication.OK;
		}
		Path file = Path.of(target);
		try {
			byte[] bytes = FleetFile.format(file, clients).getBytes(StandardCharsets.UTF_8);
			new AtomicFile(file).write(stream -> stream.write(bytes));
		} catch (IOException e) {
			err.println(e.getMessage());
			return CommandLineApplication.FAILED;
		}
		out.println(NLS.bind(Messages.Clients_exported, clients.size(), file));
		return CommandLineApplication.OK;
	}

	private void list(PrintStream out) {
		DateFormat format = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT);
		List<RegisteredClient> clients = registry.registry().getClients();
		if (clients.isEmpty()) {
			out.println(Messages.Clients_none);
			return;
		}
		out.println(String.format("%-24s %-24s %-8s %s", Messages.Clients_headId, Messages.Clients_headName, //$NON-NLS-1$
				Messages.Clients_headEnabled, Messages.Clients_headLastSeen));
		for (RegisteredClient client : clients) {
			out.println(String.format("%-24s %-24s %-8s %s", client.getClientId(), client.getName(), //$NON-NLS-1$
					client.isEnabled() ? Messages.Clients_yes : Messages.Clients_no,
					client.getLastSeen() == null ? Messages.Clients_never : format.format(client.getLastSeen())));
		}
	}

	private static void expect(List<String> words, int count) throws UsageException {
		if (words.size() > count) {
			throw new UsageException(NLS.bind(Messages.UnexpectedArgument, words.get(count)));
		}
	}

	/** Comma-separated patterns; none or empty means anywhere. */
	private static List<String> patterns(String option) {
		return option == null ? List.of() : List.of(option.split(",")); //$NON-NLS-1$
	}

	private static String target(List<String> words) throws UsageException {
		if (words.size() < 2) {
			throw new UsageException(NLS.bind(Messages.Clients_missingId, words.get(0)));
		}
		expect(words, 2);
		return words.get(1);
	}

	static String required(Arguments arguments, String option) throws UsageException {
		String value = arguments.option(option);
		if (value == null) {
			throw new UsageException(NLS.bind(Messages.Clients_missingOption, option));
		}
		return value;
	}

	static char[] password(String value) throws UsageException {
		if (!"-".equals(value)) { //$NON-NLS-1$
			return value.toCharArray();
		}
		try {
			String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			if (line == null) {
				throw new UsageException(Messages.Clients_noPasswordOnStdin);
			}
			return line.toCharArray();
		} catch (IOException e) {
			throw new UsageException(Messages.Clients_noPasswordOnStdin);
		}
	}
}
