package org.iotbench.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/** The options ({@code --name value}, {@code --flag}) and positional words after a command. */
final class Arguments {

	private final List<String> positional = new ArrayList<>();
	private final Map<String, List<String>> options = new HashMap<>();
	private final List<String> raw;

	Arguments(List<String> raw) {
		this.raw = raw;
	}

	/**
	 * Parses the arguments, accepting only the given options.
	 *
	 * @param valued options that take a value
	 * @param flags  options without value
	 */
	Arguments parse(Set<String> valued, Set<String> flags) throws UsageException {
		positional.clear();
		options.clear();
		for (int i = 0; i < raw.size(); i++) {
			String word = raw.get(i);
			if (!word.startsWith("--")) { //$NON-NLS-1$
				positional.add(word);
			} else if (flags.contains(word)) {
				options.computeIfAbsent(word, w -> new ArrayList<>()).add("true"); //$NON-NLS-1$
			} else if (valued.contains(word)) {
				if (i + 1 >= raw.size()) {
					throw new UsageException(NLS.bind(Messages.MissingValue, word));
				}
				options.computeIfAbsent(word, w -> new ArrayList<>()).add(raw.get(++i));
			} else {
				throw new UsageException(NLS.bind(Messages.UnknownOption, word));
			}
		}
		return this;
	}

	List<String> positional() {
		return positional;
	}

	/** The value of an option, the last one if it was given more than once; {@code null} if it was not. */
	String option(String name) {
		List<String> values = options.get(name);
		return values == null ? null : values.get(values.size() - 1);
	}

	/** Every value of an option that may be repeated, in order. */
	List<String> options(String name) {
		return options.getOrDefault(name, List.of());
	}

	boolean flag(String name) {
		return options.containsKey(name);
	}
}
