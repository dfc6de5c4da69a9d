package org.iotbench.devicecode;

import java.util.List;

import org.iotbench.core.Topics;

/**
 * The topics a generated device uses, chosen within the client's topic permissions. A permission pattern that is
 * not a valid filter is the registry's to refuse; here it makes the constructor throw.
 *
 * @param telemetry where the device publishes its readings
 * @param status    where it says {@code online} (retained, on connect) and, as its last will, {@code offline}; it also
 *                  answers each command there
 * @param commands  the filter it subscribes to for commands
 */
public record DeviceTopics(String telemetry, String status, String commands) {

	/** The levels a wildcard of a publish permission becomes. */
	private static final String TELEMETRY = "telemetry"; //$NON-NLS-1$
	private static final String STATUS = "status"; //$NON-NLS-1$
	private static final String COMMANDS = "command"; //$NON-NLS-1$
	/** The placeholder of the client ID in a permission pattern. */
	private static final String CLIENT_ID = "%c"; //$NON-NLS-1$

	/** @throws IllegalArgumentException saying, in words, which topic is not valid */
	public DeviceTopics {
		for (String problem : new String[] { Topics.checkTopic(telemetry), Topics.checkTopic(status),
				Topics.checkFilter(commands) }) {
			if (problem != null) {
				throw new IllegalArgumentException(problem);
			}
		}
	}

	/**
	 * The topics for a client: {@code devices/ID/telemetry}, {@code devices/ID/status} and {@code devices/ID/command}
	 * when it may use any topic; otherwise topics its first publish pattern allows (a {@code +} level becomes its
	 * client ID, {@code #} becomes {@code telemetry} or {@code status}) and its first subscribe pattern as the command
	 * filter.
	 *
	 * @param publishPatterns   the client's publish permissions (MQTT filters, {@code %c} its ID); empty for any
	 * @param subscribePatterns the client's subscribe permissions, likewise
	 */
	public static DeviceTopics forClient(String clientId, List<String> publishPatterns, List<String> subscribePatterns) {
		String level = safeLevel(clientId);
		String base = "devices/" + level + '/'; //$NON-NLS-1$
		String telemetry = base + TELEMETRY;
		String status = base + STATUS;
		if (!publishPatterns.isEmpty()) {
			String pattern = publishPatterns.get(0).replace(CLIENT_ID, clientId);
			telemetry = concrete(pattern, level, TELEMETRY);
			status = concrete(pattern, level, STATUS); // the same topic when the pattern has no wildcard
		}
		String commands = subscribePatterns.isEmpty() ? base + COMMANDS
				: subscribePatterns.get(0).replace(CLIENT_ID, clientId);
		return new DeviceTopics(telemetry, status, commands);
	}

	/** A topic the filter matches: each {@code +} becomes {@code plus}, a final {@code #} becomes {@code hash}. */
	private static String concrete(String filter, String plus, String hash) {
		String[] levels = filter.split("/", -1); //$NON-NLS-1$
		StringBuilder topic = new StringBuilder();
		for (int i = 0; i < levels.length; i++) {
			String part = switch (levels[i]) {
			case "+" -> plus; //$NON-NLS-1$
			case "#" -> hash; //$NON-NLS-1$
			default -> levels[i];
			};
			topic.append(i == 0 ? "" : "/").append(part); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return topic.toString();
	}

	/** The client ID as one topic level: without {@code /}, {@code +} and {@code #}. */
	private static String safeLevel(String clientId) {
		String level = clientId.replace('/', '_').replace('+', '_').replace('#', '_');
		return level.isEmpty() ? "device" : level; //$NON-NLS-1$
	}
}
