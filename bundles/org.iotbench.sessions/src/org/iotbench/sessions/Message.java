package org.iotbench.sessions;

import java.time.Instant;

/**
 * One message in a project's history.
 *
 * @param sequence  its number in the session, from 1, increasing
 * @param time      when it was received or published
 * @param direction in or out
 * @param topic     the topic name
 * @param payload   the payload (not copied: do not change it)
 * @param qos       the QoS it arrived or was published with
 * @param retained  whether it is a retained message
 */
public record Message(long sequence, Instant time, Direction direction, String topic, byte[] payload, int qos,
		boolean retained) {
}
