package org.iotbench.dashboards;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.iotbench.dashboards.internal.Messages;

/**
 * What a control publishes: a template such as {@code {"relay": 1, "on": ${value}}} in which {@code ${value}} stands
 * for the value chosen, and for a colour {@code ${r}}, {@code ${g}}, {@code ${b}} for its parts (0-255). Everything
 * else is published as written.
 */
public final class ControlPayload {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)\\}"); //$NON-NLS-1$
	private static final java.util.Set<String> NAMES = java.util.Set.of("value", "r", "g", "b"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private ControlPayload() {
	}

	/** What is wrong with a template, or null: an unknown variable, or a {@code ${} never closed. */
	public static String check(String template) {
		if (template == null) {
			return null;
		}
		Matcher matcher = VARIABLE.matcher(template);
		while (matcher.find()) {
			if (!NAMES.contains(matcher.group(1).trim())) {
				return NLS.bind(Messages.Payload_unknownVariable,
						new Object[] { matcher.group(), "${value}", "${r}, ${g}, ${b}" }); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		String rest = VARIABLE.matcher(template).replaceAll(""); //$NON-NLS-1$
		if (rest.contains("${")) { //$NON-NLS-1$
			return Messages.Payload_unclosed;
		}
		return null;
	}

	/** The template with a value put in; a null or empty template publishes the value alone. */
	public static String render(String template, String value) {
		Map<String, String> values = new java.util.HashMap<>();
		values.put("value", value); //$NON-NLS-1$
		int rgb = ColorZones.rgb(value);
		if (rgb >= 0) {
			values.put("r", Integer.toString(rgb >> 16 & 0xff)); //$NON-NLS-1$
			values.put("g", Integer.toString(rgb >> 8 & 0xff)); //$NON-NLS-1$
			values.put("b", Integer.toString(rgb & 0xff)); //$NON-NLS-1$
		}
		if (template == null || template.isEmpty()) {
			return value;
		}
		Matcher matcher = VARIABLE.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String replacement = values.getOrDefault(matcher.group(1).trim(), ""); //$NON-NLS-1$
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
