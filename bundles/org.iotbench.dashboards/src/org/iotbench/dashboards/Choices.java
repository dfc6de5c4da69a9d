package org.iotbench.dashboards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.iotbench.dashboards.internal.Messages;

/**
 * The choices of a drop-down: {@code "Low=1, Medium=2, High=3"}, each a label and the value it publishes; a choice
 * without {@code =} publishes its label.
 */
public final class Choices {

	/** One choice. */
	public record Choice(String label, String value) {
	}

	private Choices() {
	}

	/**
	 * @throws IllegalArgumentException when there is no choice or a label is empty
	 */
	public static List<Choice> parse(String text) {
		List<Choice> choices = new ArrayList<>();
		if (text != null) {
			for (String part : text.split(",")) { //$NON-NLS-1$
				if (part.isBlank()) {
					continue;
				}
				int equals = part.indexOf('=');
				String label = (equals < 0 ? part : part.substring(0, equals)).trim();
				String value = equals < 0 ? label : part.substring(equals + 1).trim();
				if (label.isEmpty()) {
					throw new IllegalArgumentException(NLS.bind(Messages.Choices_noLabel, part.trim()));
				}
				choices.add(new Choice(label, value));
			}
		}
		if (choices.isEmpty()) {
			throw new IllegalArgumentException(Messages.Choices_none);
		}
		return choices;
	}
}
