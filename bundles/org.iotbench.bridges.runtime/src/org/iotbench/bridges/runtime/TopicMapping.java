package org.iotbench.bridges.runtime;

import org.iotbench.bridges.RuleDirection;
import org.iotbench.bridges.TopicRule;
import org.iotbench.core.Topics;

/**
 * One topic rule of a bridge, as mosquitto reads {@code topic pattern direction qos local-prefix remote-prefix}: on the
 * local broker it covers {@code local-prefix + pattern}, on the upstream {@code remote-prefix + pattern}, and a topic
 * crossing the bridge has one prefix replaced by the other.
 *
 * @param pattern      the topic filter below the prefixes
 * @param direction    which way messages cross
 * @param qos          the highest QoS the bridge subscribes and publishes with
 * @param localPrefix  the prefix on the local broker, possibly empty
 * @param remotePrefix the prefix on the upstream, possibly empty
 */
public record TopicMapping(String pattern, RuleDirection direction, int qos, String localPrefix, String remotePrefix) {

	public TopicMapping {
		localPrefix = localPrefix == null ? "" : localPrefix; //$NON-NLS-1$
		remotePrefix = remotePrefix == null ? "" : remotePrefix; //$NON-NLS-1$
	}

	public static TopicMapping of(TopicRule rule) {
		return new TopicMapping(rule.getPattern(), rule.getDirection(), rule.getQos(), rule.getLocalPrefix(),
				rule.getRemotePrefix());
	}

	/** The filter this rule covers on the local broker. */
	public String localFilter() {
		return localPrefix + pattern;
	}

	/** The filter this rule covers on the upstream. */
	public String remoteFilter() {
		return remotePrefix + pattern;
	}

	public boolean outbound() {
		return direction != RuleDirection.IN;
	}

	public boolean inbound() {
		return direction != RuleDirection.OUT;
	}

	/** The upstream topic of a local topic this rule carries out, or {@code null} if it does not. */
	public String toRemote(String localTopic) {
		if (!outbound() || !localTopic.startsWith(localPrefix) || !Topics.matches(localFilter(), localTopic)) {
			return null;
		}
		return remotePrefix + localTopic.substring(localPrefix.length());
	}

	/** The local topic of an upstream topic this rule carries in, or {@code null} if it does not. */
	public String toLocal(String remoteTopic) {
		if (!inbound() || !remoteTopic.startsWith(remotePrefix) || !Topics.matches(remoteFilter(), remoteTopic)) {
			return null;
		}
		return localPrefix + remoteTopic.substring(remotePrefix.length());
	}
}
