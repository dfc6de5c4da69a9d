package org.iotbench.broker;

import java.util.Map;

/**
 * Counters of the local broker since it started (Moquette has no {@code $SYS} topics). Messages and bytes "in" are
 * PUBLISH packets received from devices and their payload bytes; deliveries to subscribers are not counted yet.
 *
 * @param connectedClients clients connected now
 * @param messagesIn       PUBLISH packets received from devices
 * @param bytesIn          their payload bytes
 * @param published        messages the workbench published (local projects)
 * @param refused          connections refused since the workbench started
 * @param perClient        messages and payload bytes received from each client ID
 */
public record BrokerStatistics(int connectedClients, long messagesIn, long bytesIn, long published, long refused,
		Map<String, ClientCounters> perClient) {

	/** What one client published. */
	public record ClientCounters(long messages, long bytes) {
	}
}
