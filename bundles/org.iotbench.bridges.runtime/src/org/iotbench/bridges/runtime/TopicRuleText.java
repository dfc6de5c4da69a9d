package org.iotbench.bridges.runtime;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.iotbench.bridges.BridgesFactory;
import org.iotbench.bridges.RuleDirection;
import org.iotbench.bridges.TopicRule;

/**
 * A topic rule written as in mosquitto's bridge configuration, {@code pattern [out|in|both [qos [local-prefix
 * remote-prefix]]]}: {@code sensors/# out 1} or {@code cmd/# in 1 "" site1/}. Words are separated by spaces; a word in
 * double quotes may contain spaces, and {@code ""} is an empty prefix.
 */
public final class TopicRuleText {

	private TopicRuleText() {
	}

	/**
	 * Reads a rule; it is not checked beyond its syntax (see {@link BridgeCheck#problems(TopicRule)}).
	 *
	 * @throws BridgeException if it cannot be read, saying why
	 */
	public static TopicRule parse(String text) throws BridgeException {
		List<String> words = words(text);
		if (words.isEmpty() || words.size() > 5 || words.size() == 4) {
			throw new BridgeException(NLS.bind(Messages.Rule_syntax, text));
		}
		TopicRule rule = BridgesFactory.eINSTANCE.createTopicRule();
		rule.setPattern(words.get(0));
		rule.setDirection(RuleDirection.OUT);
		if (words.size() > 1) {
			RuleDirection direction = RuleDirection.get(words.get(1));
			if (direction == null) {
				throw new BridgeException(NLS.bind(Messages.Rule_direction, words.get(1), text));
			}
			rule.setDirection(direction);
		}
		if (words.size() > 2) {
			try {
				rule.setQos(Integer.parseInt(words.get(2)));
			} catch (NumberFormatException e) {
				throw new BridgeException(NLS.bind(Messages.Rule_qos, words.get(2), text), e);
			}
		}
		if (words.size() == 5) {
			rule.setLocalPrefix(words.get(3));
			rule.setRemotePrefix(words.get(4));
		}
		return rule;
	}

	/** The rule as {@link #parse(String)} reads it. */
	public static String format(TopicRule rule) {
		StringBuilder text = new StringBuilder(quote(rule.getPattern())).append(' ').append(rule.getDirection())
				.append(' ').append(rule.getQos());
		String local = rule.getLocalPrefix() == null ? "" : rule.getLocalPrefix(); //$NON-NLS-1$
		String remote = rule.getRemotePrefix() == null ? "" : rule.getRemotePrefix(); //$NON-NLS-1$
		if (!local.isEmpty() || !remote.isEmpty()) {
			text.append(' ').append(quote(local)).append(' ').append(quote(remote));
		}
		return text.toString();
	}

	private static String quote(String word) {
		return word.isEmpty() || word.indexOf(' ') >= 0 ? '"' + word + '"' : word;
	}

	private static List<String> words(String text) throws BridgeException {
		List<String> words = new ArrayList<>();
		int i = 0;
		int n = text == null ? 0 : text.length();
		while (i < n) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			} else if (c == '"') {
				int end = text.indexOf('"', i + 1);
				if (end < 0) {
					throw new BridgeException(NLS.bind(Messages.Rule_quote, text));
				}
				words.add(text.substring(i + 1, end));
				i = end + 1;
			} else {
				int start = i;
				while (i < n && !Character.isWhitespace(text.charAt(i))) {
					i++;
				}
				words.add(text.substring(start, i));
			}
		}
		return words;
	}
}
