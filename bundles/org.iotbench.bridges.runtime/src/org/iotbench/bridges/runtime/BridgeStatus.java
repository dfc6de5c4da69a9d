package org.iotbench.bridges.runtime;

import java.time.Instant;

/**
 * What a running bridge is doing.
 *
 * @param name      the bridge's name
 * @param upstream  {@code host:port} of the upstream
 * @param state     where it stands
 * @param since     when it entered that state
 * @param lastError the last failure in words, empty if none since it last connected
 * @param sent      messages carried upstream (acknowledged by the upstream for QoS 1 and 2)
 * @param received  messages carried from the upstream to the local broker
 * @param queued    QoS 1 and 2 messages waiting for the upstream, on disk
 * @param dropped   messages not carried: QoS 0 ones while the upstream was away, and the oldest QoS 1 and 2 ones when
 *                  the queue was full
 */
public record BridgeStatus(String name, String upstream, BridgeState state, Instant since, String lastError, long sent,
		long received, int queued, long dropped) {

	public static BridgeStatus stopped(String name, String upstream) {
		return new BridgeStatus(name, upstream, BridgeState.STOPPED, Instant.now(), "", 0, 0, 0, 0); //$NON-NLS-1$
	}
}
