package org.iotbench.registry.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.iotbench.core.Topics;
import org.iotbench.registry.Messages;
import org.iotbench.registry.RegistryException;

/** What a topic permission pattern looks like: an MQTT topic filter in which {@code %c} stands for the client ID. */
final class PatternRule {

	private PatternRule() {
	}

	/** The patterns, trimmed and without blanks, or an exception naming the first invalid one. */
	static List<String> check(List<String> patterns) throws RegistryException {
		List<String> checked = new ArrayList<>();
		for (String pattern : patterns == null ? List.<String>of() : patterns) {
			String trimmed = pattern.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			String problem = Topics.checkFilter(trimmed.replace("%c", "client")); //$NON-NLS-1$ //$NON-NLS-2$
			if (problem != null) {
				throw new RegistryException(NLS.bind(Messages.Registry_badPattern, trimmed, problem));
			}
			checked.add(trimmed);
		}
		return checked;
	}
}
