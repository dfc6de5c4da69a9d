package org.iotbench.devicecode;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.iotbench.devicecode.internal.Literals;
import org.iotbench.devicecode.internal.Messages;

import freemarker.cache.ClassTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Writes the code of a device, offline, from the templates in this bundle's {@code templates} folder (FreeMarker; the
 * bundle is installed as a folder, so a user can read them). Every value reaches a template as a string literal of
 * its language, already quoted; the templates never quote anything themselves. Thread-safe.
 */
public final class DeviceCode {

	private static final String TEMPLATES = "/templates"; //$NON-NLS-1$
	/** Written for a password the user did not give. */
	public static final String PASSWORD_PLACEHOLDER = "YOUR_PASSWORD"; //$NON-NLS-1$
	private static final String WIFI_SSID_PLACEHOLDER = "your_wifi_ssid"; //$NON-NLS-1$
	private static final String WIFI_PASSWORD_PLACEHOLDER = "your_wifi_password"; //$NON-NLS-1$

	private final Configuration configuration;

	public DeviceCode() {
		configuration = new Configuration(Configuration.VERSION_2_3_34);
		configuration.setTemplateLoader(new ClassTemplateLoader(DeviceCode.class, TEMPLATES));
		configuration.setDefaultEncoding("UTF-8"); //$NON-NLS-1$
		configuration.setLocale(Locale.ROOT);
		configuration.setNumberFormat("computer"); // 1883, not 1,883 //$NON-NLS-1$
		configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		configuration.setLogTemplateExceptions(false);
		configuration.setFallbackOnNullLoopVariable(false);
	}

	/** Where a language's template is, for a user who wants to read it. */
	public static URL template(Language language) {
		return DeviceCode.class.getResource(TEMPLATES + '/' + language.templateName());
	}

	/**
	 * The code of the device in the language given.
	 *
	 * @throws IllegalStateException when the template is missing or broken: a defect of the product, said in words
	 */
	public String generate(Language language, DeviceSettings settings) {
		try {
			Template template = configuration.getTemplate(language.templateName());
			StringWriter out = new StringWriter();
			template.process(model(language.literals(), settings), out);
			return out.toString();
		} catch (IOException | TemplateException e) {
			throw new IllegalStateException(NLS.bind(Messages.DeviceCode_templateFailed, language.templateName(),
					e.getMessage()), e);
		}
	}

	private static Map<String, Object> model(Literals literals, DeviceSettings settings) {
		Map<String, Object> model = new HashMap<>();
		// quoted literals, for code
		model.put("clientId", literals.quote(settings.clientId())); //$NON-NLS-1$
		model.put("password", literals.quote(settings.password() == null ? PASSWORD_PLACEHOLDER : settings.password())); //$NON-NLS-1$
		model.put("host", literals.quote(settings.host())); //$NON-NLS-1$
		model.put("uri", literals.quote((settings.tls() ? "mqtts://" : "mqtt://") + hostInUri(settings.host()) + ':' //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ settings.port()));
		model.put("telemetryTopic", literals.quote(settings.topics().telemetry())); //$NON-NLS-1$
		model.put("statusTopic", literals.quote(settings.topics().status())); //$NON-NLS-1$
		model.put("commandTopic", literals.quote(settings.topics().commands())); //$NON-NLS-1$
		model.put("wifiSsid", literals.quote(WIFI_SSID_PLACEHOLDER)); //$NON-NLS-1$
		model.put("wifiPassword", literals.quote(WIFI_PASSWORD_PLACEHOLDER)); //$NON-NLS-1$
		// numbers and flags
		model.put("port", settings.port()); //$NON-NLS-1$
		model.put("keepAlive", settings.keepAliveSeconds()); //$NON-NLS-1$
		model.put("interval", settings.intervalSeconds()); //$NON-NLS-1$
		model.put("tls", settings.tls()); //$NON-NLS-1$
		model.put("passwordGiven", settings.password() != null); //$NON-NLS-1$
		// the certificate, line by line, each line quoted with its line break (PEM lines need no other escaping)
		List<String> pemLines = new ArrayList<>();
		if (settings.tls()) {
			for (String line : settings.caCertificate().strip().split("\\R")) { //$NON-NLS-1$
				pemLines.add(line.strip());
			}
		}
		model.put("pemLines", pemLines); //$NON-NLS-1$
		List<String> quotedPemLines = pemLines.stream().map(line -> literals.quote(line + '\n')).toList();
		model.put("quotedPemLines", quotedPemLines); //$NON-NLS-1$
		// plain text, for comments only: topics and IDs cannot end a comment of either language
		model.put("clientIdText", commentSafe(settings.clientId())); //$NON-NLS-1$
		model.put("hostText", commentSafe(settings.host())); //$NON-NLS-1$
		model.put("telemetryText", commentSafe(settings.topics().telemetry())); //$NON-NLS-1$
		model.put("statusText", commentSafe(settings.topics().status())); //$NON-NLS-1$
		model.put("commandText", commentSafe(settings.topics().commands())); //$NON-NLS-1$
		return model;
	}

	private static String hostInUri(String host) {
		return host.indexOf(':') >= 0 ? '[' + host + ']' : host;
	}

	/** Text that cannot end or break a comment: no line breaks, no {@code * /}. */
	private static String commentSafe(String text) {
		return text.replaceAll("\\p{Cntrl}", "?").replace("*/", "*_/"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
