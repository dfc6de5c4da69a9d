package org.iotbench.bench;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The payload of the benchmark's messages, {@value ThroughputLoad#PAYLOAD_BYTES} bytes: the first 8 hold the
 * {@link System#nanoTime()} taken just before the message was handed to Paho (latency loads only, 0 otherwise), the
 * next 4 the message's index within its load, the rest is {@code x}. Paho keeps the array it is given until the
 * message is written, so every message gets an array of its own.
 */
final class Stamp {

	/** The bytes that carry something: the send time and the index. */
	static final int BYTES = Long.BYTES + Integer.BYTES;

	private Stamp() {
	}

	/** A new payload for message {@code index}, without a send time. */
	static byte[] payload(int index) {
		byte[] payload = new byte[ThroughputLoad.PAYLOAD_BYTES];
		Arrays.fill(payload, BYTES, payload.length, (byte) 'x');
		ByteBuffer.wrap(payload).putInt(Long.BYTES, index);
		return payload;
	}

	/** Writes the send time, now, into a payload of {@link #payload}. */
	static void sendNow(byte[] payload) {
		ByteBuffer.wrap(payload).putLong(0, System.nanoTime());
	}

	/** The index of a stamped message, or -1 for a payload too short to carry one. */
	static int index(byte[] payload) {
		return payload.length < BYTES ? -1 : ByteBuffer.wrap(payload).getInt(Long.BYTES);
	}

	/** The send time of a stamped message (0 when none was written); the payload carries an index. */
	static long sentAt(byte[] payload) {
		return ByteBuffer.wrap(payload).getLong(0);
	}
}
