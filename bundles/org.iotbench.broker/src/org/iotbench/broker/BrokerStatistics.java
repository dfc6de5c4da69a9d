package org.iotbench.broker;

import java.util.Map;

/**
 * Counters of the local broker since it started (Moquette has none). "In" counts PUBLISH packets received from
 * devices, "out" PUBLISH packets sent to devices (each delivery to each subscriber), both with their payload bytes.
 *
 * @param connectedClients clients connected now
 * @param messagesIn       PUBLISH packets received from devices
 * @param bytesIn          their payload bytes
 * @param messagesOut      PUBLISH packets sent to devices
 * @param bytesOut         their payload bytes
 * @param published        messages the workbench published (local projects)
 * @param dropped          messages the broker could not deliver or accept (a subscriber too slow for QoS 0
 *                         messages, a full session queue); each is also in the connection log
 * @param refused          connections refused since the workbench started
 * @param violations       connections closed because the client broke MQTT 3.1.1 (malformed or forbidden packets)
 * @param loopErrors       session loops of Moquette that failed and were restarted (an internal error of the broker)
 * @param perClient        the counters of each client ID
 */
public record BrokerStatistics(int connectedClients, long messagesIn, long bytesIn, long messagesOut, long bytesOut,
		long published, long dropped, long refused, long violations, long loopErrors,
		Map<String, ClientCounters> perClient) {

	/** What one client sent and received. */
	public record ClientCounters(long messagesIn, long bytesIn, long messagesOut, long bytesOut, long dropped) {
	}
}
