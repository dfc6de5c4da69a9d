package org.iotbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.iotbench.bridges.Bridge;
import org.iotbench.bridges.BridgeConfiguration;
import org.iotbench.bridges.BridgesFactory;
import org.iotbench.bridges.TopicRule;
import org.iotbench.bridges.runtime.BridgeCheck;
import org.iotbench.bridges.runtime.BridgeException;
import org.iotbench.bridges.runtime.BridgeFile;
import org.iotbench.bridges.runtime.BridgePassword;
import org.iotbench.bridges.runtime.TopicRuleText;

/**
 * {@code iotbench bridges list | add NAME --host HOST --topic RULE... [options] | remove NAME | enable NAME | disable
 * NAME}: the broker's bridges without the GUI. Each change is one locked write of the data folder's bridges file; a
 * running broker applies it within seconds. The password goes to the secure storage, never to the file.
 */
final class BridgesCommand {

	private final BridgeFile file;

	BridgesCommand(BridgeFile file) {
		this.file = file;
	}

	int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		arguments.parse(Set.of("--host", "--port", "--topic", "--client-id", "--user", "--password", "--ca", "--cert", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				"--key", "--keep-alive", "--queue-mb"), Set.of("--tls", "--clean-session", "--disabled")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		List<String> words = arguments.positional();
		if (words.isEmpty()) {
			throw new UsageException(Messages.Bridges_missingAction);
		}
		try {
			switch (words.get(0)) {
			case "list" -> { //$NON-NLS-1$
				expect(words, 1);
				list(file.read(), out);
			}
			case "add" -> { //$NON-NLS-1$
				Bridge bridge = bridge(name(words), arguments);
				List<String> problems = BridgeCheck.problems(bridge);
				if (!problems.isEmpty()) {
					err.println(NLS.bind(Messages.Bridges_notAdded, bridge.getName()));
					problems.forEach(problem -> err.println("  " + problem)); //$NON-NLS-1$
					return CommandLineApplication.FAILED;
				}
				String password = arguments.option("--password"); //$NON-NLS-1$
				char[] secret = password == null ? null : ClientsCommand.password(password);
				file.change(configuration -> {
					if (BridgeFile.find(configuration, bridge.getName()).isPresent()) {
						throw new BridgeException(NLS.bind(Messages.Bridges_exists, bridge.getName()));
					}
					BridgePassword.write(bridge.getName(), secret);
					configuration.getBridges().add(bridge);
					return null;
				});
				out.println(NLS.bind(Messages.Bridges_added, bridge.getName(), bridge.getClientId()));
			}
			case "remove" -> { //$NON-NLS-1$
				String name = name(words);
				file.change(configuration -> configuration.getBridges().remove(existing(configuration, name)));
				BridgePassword.write(name, null);
				try {
					Files.deleteIfExists(file.queueFile(name));
				} catch (IOException e) {
					err.println(NLS.bind(Messages.Bridges_queueKept, file.queueFile(name), e.getMessage()));
				}
				out.println(NLS.bind(Messages.Bridges_removed, name));
			}
			case "enable", "disable" -> { //$NON-NLS-1$ //$NON-NLS-2$
				String name = name(words);
				boolean enable = words.get(0).equals("enable"); //$NON-NLS-1$
				file.change(configuration -> {
					existing(configuration, name).setEnabled(enable);
					return null;
				});
				out.println(NLS.bind(enable ? Messages.Bridges_enabled : Messages.Bridges_disabled, name));
			}
			default -> throw new UsageException(NLS.bind(Messages.Bridges_unknownAction, words.get(0)));
			}
			return CommandLineApplication.OK;
		} catch (BridgeException e) {
			err.println(e.getMessage());
			return CommandLineApplication.FAILED;
		}
	}

	private static Bridge existing(BridgeConfiguration configuration, String name) throws BridgeException {
		return BridgeFile.find(configuration, name)
				.orElseThrow(() -> new BridgeException(NLS.bind(Messages.Bridges_unknown, name)));
	}

	private static String name(List<String> words) throws UsageException {
		if (words.size() < 2) {
			throw new UsageException(NLS.bind(Messages.Bridges_missingName, words.get(0)));
		}
		expect(words, 2);
		return words.get(1);
	}

	private static void expect(List<String> words, int count) throws UsageException {
		if (words.size() > count) {
			throw new UsageException(NLS.bind(Messages.UnexpectedArgument, words.get(count)));
		}
	}

	/** The bridge the options describe. */
	private static Bridge bridge(String name, Arguments arguments) throws UsageException, BridgeException {
		Bridge bridge = BridgesFactory.eINSTANCE.createBridge();
		bridge.setName(name);
		bridge.setHost(ClientsCommand.required(arguments, "--host")); //$NON-NLS-1$
		bridge.setTls(arguments.flag("--tls")); //$NON-NLS-1$
		bridge.setPort(number(arguments, "--port", bridge.isTls() ? 8883 : 1883)); //$NON-NLS-1$
		String clientId = arguments.option("--client-id"); //$NON-NLS-1$
		bridge.setClientId(clientId != null ? clientId : defaultClientId(name));
		bridge.setUserName(arguments.option("--user")); //$NON-NLS-1$
		bridge.setCaFile(arguments.option("--ca")); //$NON-NLS-1$
		bridge.setCertificateFile(arguments.option("--cert")); //$NON-NLS-1$
		bridge.setKeyFile(arguments.option("--key")); //$NON-NLS-1$
		bridge.setKeepAliveSeconds(number(arguments, "--keep-alive", bridge.getKeepAliveSeconds())); //$NON-NLS-1$
		bridge.setQueueLimitMegabytes(number(arguments, "--queue-mb", bridge.getQueueLimitMegabytes())); //$NON-NLS-1$
		bridge.setCleanSession(arguments.flag("--clean-session")); //$NON-NLS-1$
		bridge.setEnabled(!arguments.flag("--disabled")); //$NON-NLS-1$
		List<String> rules = arguments.options("--topic"); //$NON-NLS-1$
		if (rules.isEmpty()) {
			throw new UsageException(Messages.Bridges_missingTopic);
		}
		for (String rule : rules) {
			bridge.getRules().add(TopicRuleText.parse(rule));
		}
		return bridge;
	}

	/** A client ID unique enough for a public broker: the bridge's name and a random suffix, chosen once. */
	private static String defaultClientId(String name) {
		byte[] random = new byte[3];
		new SecureRandom().nextBytes(random);
		return "iotbench-" + name + '-' + HexFormat.of().formatHex(random); //$NON-NLS-1$
	}

	private static int number(Arguments arguments, String option, int fallback) throws UsageException {
		String value = arguments.option(option);
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(Messages.Bridges_notANumber, option, value));
		}
	}

	private static void list(BridgeConfiguration configuration, PrintStream out) {
		if (configuration.getBridges().isEmpty()) {
			out.println(Messages.Bridges_none);
			return;
		}
		for (Bridge bridge : configuration.getBridges()) {
			out.println(NLS.bind(Messages.Bridges_line, new Object[] { bridge.getName(),
					(bridge.isTls() ? "mqtts://" : "mqtt://") + bridge.getHost() + ':' + bridge.getPort(), //$NON-NLS-1$ //$NON-NLS-2$
					bridge.getClientId(), bridge.isEnabled() ? Messages.Bridges_on : Messages.Bridges_off }));
			for (TopicRule rule : bridge.getRules()) {
				out.println("    topic " + TopicRuleText.format(rule)); //$NON-NLS-1$
			}
		}
	}
}
