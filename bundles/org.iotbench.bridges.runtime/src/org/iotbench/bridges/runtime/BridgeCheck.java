package org.iotbench.bridges.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.iotbench.bridges.Bridge;
import org.iotbench.bridges.TopicRule;
import org.iotbench.core.Topics;

/** What makes a bridge's settings unusable, in words a user can act on; nothing is checked over the network. */
public final class BridgeCheck {

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"); //$NON-NLS-1$
	public static final int MAX_QUEUE_MEGABYTES = 100 * 1024;

	private BridgeCheck() {
	}

	/** @return the problems, empty if the bridge can run */
	public static List<String> problems(Bridge bridge) {
		List<String> problems = new ArrayList<>();
		String name = bridge.getName();
		if (name == null || !NAME.matcher(name).matches()) {
			problems.add(NLS.bind(Messages.Check_name, name == null ? "" : name)); //$NON-NLS-1$
		}
		String host = bridge.getHost();
		if (host == null || host.isBlank()) {
			problems.add(Messages.Check_noHost);
		} else if (host.contains("://") || host.chars().anyMatch(Character::isWhitespace)) { //$NON-NLS-1$
			problems.add(NLS.bind(Messages.Check_host, host));
		}
		if (bridge.getPort() < 1 || bridge.getPort() > 65535) {
			problems.add(NLS.bind(Messages.Check_port, Integer.toString(bridge.getPort())));
		}
		String clientId = bridge.getClientId();
		if (clientId == null || clientId.isEmpty()) {
			problems.add(Messages.Check_noClientId);
		} else if (clientId.indexOf('\0') >= 0) {
			problems.add(Messages.Check_clientIdNul);
		}
		if (bridge.getKeepAliveSeconds() < 0 || bridge.getKeepAliveSeconds() > 65535) {
			problems.add(NLS.bind(Messages.Check_keepAlive, Integer.toString(bridge.getKeepAliveSeconds())));
		}
		if (bridge.getQueueLimitMegabytes() < 1 || bridge.getQueueLimitMegabytes() > MAX_QUEUE_MEGABYTES) {
			problems.add(NLS.bind(Messages.Check_queueLimit, Integer.toString(bridge.getQueueLimitMegabytes()),
					Integer.toString(MAX_QUEUE_MEGABYTES)));
		}
		if (empty(bridge.getCertificateFile()) != empty(bridge.getKeyFile())) {
			problems.add(Messages.Check_certificatePair);
		}
		if (bridge.getRules().isEmpty()) {
			problems.add(Messages.Check_noRules);
		}
		for (TopicRule rule : bridge.getRules()) {
			problems.addAll(problems(rule));
		}
		return problems;
	}

	/** The problems of one topic rule. */
	public static List<String> problems(TopicRule rule) {
		List<String> problems = new ArrayList<>();
		String pattern = rule.getPattern();
		String patternProblem = Topics.checkFilter(pattern);
		if (patternProblem != null) {
			problems.add(patternProblem);
		}
		if (rule.getQos() < 0 || rule.getQos() > 2) {
			problems.add(NLS.bind(Messages.Check_qos, Integer.toString(rule.getQos()), pattern));
		}
		for (String prefix : new String[] { rule.getLocalPrefix(), rule.getRemotePrefix() }) {
			if (prefix != null && (prefix.indexOf('+') >= 0 || prefix.indexOf('#') >= 0 || prefix.indexOf('\0') >= 0)) {
				problems.add(NLS.bind(Messages.Check_prefix, prefix));
			}
		}
		return problems;
	}

	private static boolean empty(String text) {
		return text == null || text.isBlank();
	}
}
