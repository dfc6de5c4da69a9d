package org.iotbench.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.BrokerPreferences;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.core.AtomicFile;
import org.iotbench.core.tls.TlsSetupException;
import org.iotbench.devicecode.DeviceCode;
import org.iotbench.devicecode.DeviceSettings;
import org.iotbench.devicecode.DeviceSetup;
import org.iotbench.devicecode.Language;
import org.iotbench.registry.ClientRegistryService;
import org.iotbench.registry.Verdict;

/**
 * {@code iotbench clients code ID --lang LANG [--host ADDR] [--tls] [--password PW|-] [--output FILE]}: the code of a
 * device for a registered client, printed or saved. A password given is checked against the registry first, so that
 * the code never carries one the broker would refuse; without one the code has a placeholder.
 */
final class DeviceCodeCommand {

	private final ClientRegistryService registry;

	DeviceCodeCommand(ClientRegistryService registry) {
		this.registry = registry;
	}

	int run(String clientId, Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		String word = ClientsCommand.required(arguments, "--lang"); //$NON-NLS-1$
		Language language = Language.byId(word)
				.orElseThrow(() -> new UsageException(NLS.bind(Messages.Code_unknownLanguage, word, Language.ids())));
		Optional<RegisteredClient> client = registry.find(clientId);
		if (client.isEmpty()) {
			err.println(NLS.bind(Messages.Code_unknownClient, clientId));
			return CommandLineApplication.FAILED;
		}
		String password = null;
		if (arguments.option("--password") != null) { //$NON-NLS-1$
			password = new String(ClientsCommand.password(arguments.option("--password"))); //$NON-NLS-1$
			Verdict verdict = registry.verify(clientId, password.getBytes(StandardCharsets.UTF_8));
			if (verdict != Verdict.ACCEPTED) {
				err.println(NLS.bind(Messages.Code_refused, clientId, verdict.reason()));
				return CommandLineApplication.FAILED;
			}
		}
		BrokerSettings broker = BrokerPreferences.load();
		DeviceSettings settings;
		try {
			settings = DeviceSetup.settings(client.get(), password, broker, arguments.option("--host"), //$NON-NLS-1$
					arguments.flag("--tls")); //$NON-NLS-1$
		} catch (IllegalArgumentException | TlsSetupException e) {
			err.println(e.getMessage());
			return CommandLineApplication.FAILED;
		}
		String code = new DeviceCode().generate(language, settings);
		if (password == null) {
			err.println(NLS.bind(Messages.Code_placeholder, DeviceCode.PASSWORD_PLACEHOLDER));
		}
		if (!client.get().isEnabled()) {
			err.println(NLS.bind(Messages.Code_disabled, clientId));
		}
		String output = arguments.option("--output"); //$NON-NLS-1$
		if (output == null || "-".equals(output)) { //$NON-NLS-1$
			out.print(code);
			return CommandLineApplication.OK;
		}
		Path file = Path.of(output);
		try {
			byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
			new AtomicFile(file).write(stream -> stream.write(bytes));
		} catch (IOException e) {
			err.println(NLS.bind(Messages.Code_notWritten, file, e.getMessage()));
			return CommandLineApplication.FAILED;
		}
		out.println(NLS.bind(Messages.Code_written, new Object[] { language.label(), clientId, file, settings }));
		return CommandLineApplication.OK;
	}
}
