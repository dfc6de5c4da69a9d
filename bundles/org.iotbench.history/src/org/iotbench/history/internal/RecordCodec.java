package org.iotbench.history.internal;

import java.time.Instant;
import java.util.Arrays;

import org.iotbench.sessions.Direction;
import org.iotbench.sessions.Message;

/**
 * A stored message as bytes: a flags byte (direction, QoS, retain), the time in milliseconds, the topic's number (a
 * topic is stored once, see {@link TopicNames}) and the payload as it came. The sequence number is the record's key.
 */
public final class RecordCodec {

	private static final int OUT = 1;
	private static final int RETAINED = 1 << 3;
	private static final int QOS_SHIFT = 1;

	private RecordCodec() {
	}

	public static byte[] encode(Message message, int topicId) {
		byte[] payload = message.payload();
		byte[] record = new byte[1 + 8 + varIntSize(topicId) + payload.length];
		int flags = (message.direction() == Direction.OUT ? OUT : 0) | (message.qos() & 3) << QOS_SHIFT
				| (message.retained() ? RETAINED : 0);
		record[0] = (byte) flags;
		long millis = message.time().toEpochMilli();
		for (int i = 0; i < 8; i++) {
			record[1 + i] = (byte) (millis >>> (56 - 8 * i));
		}
		int at = writeVarInt(record, 9, topicId);
		System.arraycopy(payload, 0, record, at, payload.length);
		return record;
	}

	/** The number of the topic of a record, without decoding the rest. */
	public static int topicId(byte[] record) {
		return readVarInt(record, 9);
	}

	public static long millis(byte[] record) {
		long millis = 0;
		for (int i = 0; i < 8; i++) {
			millis = millis << 8 | record[1 + i] & 0xff;
		}
		return millis;
	}

	/** The payload's size in a record, without copying it. */
	public static int payloadSize(byte[] record) {
		return record.length - 9 - varIntSize(topicId(record));
	}

	/**
	 * @param topic the topic the record's number stands for
	 * @param time  the record's time, or {@code null} to make one (pass the previous message's when it has the same
	 *              millisecond, to share it)
	 */
	public static Message decode(long sequence, byte[] record, String topic, Instant time) {
		int flags = record[0];
		long millis = millis(record);
		Instant at = time != null && time.toEpochMilli() == millis ? time : Instant.ofEpochMilli(millis);
		int start = 9 + varIntSize(topicId(record));
		return new Message(sequence, at, (flags & OUT) != 0 ? Direction.OUT : Direction.IN, topic,
				Arrays.copyOfRange(record, start, record.length), flags >> QOS_SHIFT & 3, (flags & RETAINED) != 0);
	}

	static int varIntSize(int value) {
		int size = 1;
		while ((value >>>= 7) != 0) {
			size++;
		}
		return size;
	}

	private static int writeVarInt(byte[] to, int at, int value) {
		while ((value & ~0x7f) != 0) {
			to[at++] = (byte) (value & 0x7f | 0x80);
			value >>>= 7;
		}
		to[at++] = (byte) value;
		return at;
	}

	private static int readVarInt(byte[] from, int at) {
		int value = 0;
		for (int shift = 0; shift < 35; shift += 7) {
			int b = from[at++];
			value |= (b & 0x7f) << shift;
			if ((b & 0x80) == 0) {
				return value;
			}
		}
		throw new IllegalArgumentException("bad topic number in a history record"); //$NON-NLS-1$
	}
}
