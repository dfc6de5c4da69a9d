package org.iotbench.broker.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.Messages;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * Checks every packet a client sends, as bytes, before Moquette's decoder sees it, and closes the connection at the
 * first violation of MQTT 3.1.1 that the server must answer by closing (section 4.8), with the reason in the
 * connection log. Moquette 0.17 accepts many of them and leaves the connection open, and two kill one of its session
 * loops for good (a will QoS of 3; see {@code moquette-facts.md}). Checking bytes, not decoded packets, is what lets it
 * see invalid UTF-8 (the decoder replaces it silently) and a remaining length too short for the packet's fields (the
 * decoder would read into the next packet, or wait for it).
 * <p>
 * Whole packets are passed on unchanged, as many as one read brought; a packet split over reads waits here until it is
 * complete, as it would in the decoder. A CONNECT of another protocol level than 3.1 or 3.1.1 is passed on unchecked:
 * Moquette refuses it with a CONNACK that says so.
 */
final class PacketValidator extends ByteToMessageDecoder {

	private static final int CONNECT = 1;
	private static final int PUBLISH = 3;
	private static final int PUBACK = 4;
	private static final int PUBCOMP = 7;
	private static final int PUBREL = 6;
	private static final int SUBSCRIBE = 8;
	private static final int UNSUBSCRIBE = 10;
	private static final int PINGREQ = 12;
	private static final int DISCONNECT = 14;

	private final BrokerLayer layer;
	private final int maxPacketBytes;
	private boolean connected;
	/** Another protocol level than 3.1/3.1.1: Moquette refuses it; nothing more is checked. */
	private boolean foreign;
	private boolean closed;
	private String clientId = ""; //$NON-NLS-1$

	PacketValidator(BrokerLayer layer, int maxPacketBytes) {
		this.layer = layer;
		this.maxPacketBytes = maxPacketBytes;
	}

	/** What is wrong with a packet, in words for the connection log. */
	private static final class Violation extends Exception {
		private static final long serialVersionUID = 1L;
		/** Within the rules, but over this broker's limit: logged as it is, not as a violation. */
		final boolean limit;

		Violation(String reason) {
			this(reason, false);
		}

		Violation(String reason, boolean limit) {
			super(reason, null, false, false);
			this.limit = limit;
		}
	}

	@Override
	protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
		if (closed) {
			in.skipBytes(in.readableBytes());
			return;
		}
		if (foreign) {
			out.add(in.readRetainedSlice(in.readableBytes()));
			return;
		}
		int start = in.readerIndex();
		int end = start;
		try {
			while (true) {
				int length = packetLength(in, end);
				if (length < 0) {
					break; // incomplete
				}
				check(in, end, length);
				end += length;
				if (foreign) {
					end = in.writerIndex();
					break;
				}
			}
		} catch (Violation violation) {
			if (end > start) {
				out.add(in.readRetainedSlice(end - start)); // the valid packets before it still count
			}
			in.skipBytes(in.readableBytes());
			closed = true;
			if (violation.limit) {
				layer.closed(ctx.channel(), clientId, null, violation.getMessage());
			} else {
				layer.violation(ctx.channel(), clientId, violation.getMessage());
			}
			ctx.close();
			return;
		}
		if (end > start) {
			out.add(in.readRetainedSlice(end - start));
		}
	}

	/**
	 * The length of the packet at {@code at} (fixed header included), or -1 if it has not arrived whole yet.
	 *
	 * @throws Violation if its remaining length is malformed or over the limit
	 */
	private int packetLength(ByteBuf in, int at) throws Violation {
		int available = in.writerIndex() - at;
		if (available < 2) {
			return -1;
		}
		int remaining = 0;
		int multiplier = 1;
		int i = 1;
		int digit;
		do {
			if (i > 4) {
				throw new Violation(Messages.Violation_remainingLength);
			}
			if (i >= available) {
				return -1;
			}
			digit = in.getUnsignedByte(at + i);
			remaining += (digit & 0x7f) * multiplier;
			multiplier *= 128;
			i++;
		} while ((digit & 0x80) != 0);
		if (remaining > maxPacketBytes) {
			throw new Violation(NLS.bind(Messages.Closed_tooLarge, Integer.toString(maxPacketBytes)), true);
		}
		return available < i + remaining ? -1 : i + remaining;
	}

	/** Checks one whole packet. */
	private void check(ByteBuf in, int at, int length) throws Violation {
		int first = in.getUnsignedByte(at);
		int type = first >> 4;
		int flags = first & 0x0f;
		int headerLength = 2;
		while ((in.getUnsignedByte(at + headerLength - 1) & 0x80) != 0) {
			headerLength++;
		}
		Body body = new Body(in, at + headerLength, at + length);
		if (!connected) {
			if (type != CONNECT) {
				throw new Violation(Messages.Violation_notConnected);
			}
			checkFlags(type, flags, 0);
			connect(body);
			connected = true;
			return;
		}
		switch (type) {
		case CONNECT -> throw new Violation(Messages.Violation_secondConnect);
		case PUBLISH -> publish(body, flags);
		case PUBACK, PUBCOMP, 5 /* PUBREC */ -> {
			checkFlags(type, flags, 0);
			packetId(body);
			body.end();
		}
		case PUBREL -> {
			checkFlags(type, flags, 2);
			packetId(body);
			body.end();
		}
		case SUBSCRIBE -> subscribe(body, flags);
		case UNSUBSCRIBE -> unsubscribe(body, flags);
		case PINGREQ, DISCONNECT -> {
			checkFlags(type, flags, 0);
			body.end();
		}
		case 2, 9, 11, 13 -> throw new Violation(NLS.bind(Messages.Violation_serverPacket, typeName(type)));
		default -> throw new Violation(NLS.bind(Messages.Violation_unknownType, Integer.toString(type)));
		}
	}

	private static String typeName(int type) {
		return switch (type) {
		case 2 -> "CONNACK"; //$NON-NLS-1$
		case 9 -> "SUBACK"; //$NON-NLS-1$
		case 11 -> "UNSUBACK"; //$NON-NLS-1$
		default -> "PINGRESP"; //$NON-NLS-1$
		};
	}

	private static void checkFlags(int type, int flags, int expected) throws Violation {
		if (flags != expected) {
			throw new Violation(NLS.bind(Messages.Violation_flags, Integer.toString(type), Integer.toBinaryString(flags)));
		}
	}

	private void connect(Body body) throws Violation {
		String protocol = body.string(Messages.Field_protocolName);
		int level = body.unsignedByte(Messages.Field_protocolLevel);
		if (!(level == 4 && "MQTT".equals(protocol)) && !(level == 3 && "MQIsdp".equals(protocol))) { //$NON-NLS-1$ //$NON-NLS-2$
			foreign = true; // Moquette answers with "unacceptable protocol version"
			return;
		}
		int flags = body.unsignedByte(Messages.Field_connectFlags);
		if ((flags & 0x01) != 0) {
			throw new Violation(Messages.Violation_reservedConnectFlag);
		}
		boolean will = (flags & 0x04) != 0;
		int willQos = (flags >> 3) & 0x03;
		boolean willRetain = (flags & 0x20) != 0;
		boolean password = (flags & 0x40) != 0;
		boolean username = (flags & 0x80) != 0;
		if (will && willQos == 3) {
			throw new Violation(Messages.Violation_willQos);
		}
		if (!will && (willQos != 0 || willRetain)) {
			throw new Violation(Messages.Violation_willFlags);
		}
		if (password && !username) {
			throw new Violation(Messages.Violation_passwordWithoutUser);
		}
		body.skip(2, Messages.Field_keepAlive);
		clientId = body.string(Messages.Field_clientId);
		if (will) {
			String topic = body.string(Messages.Field_willTopic);
			if (topic.isEmpty() || topic.indexOf('+') >= 0 || topic.indexOf('#') >= 0) {
				throw new Violation(NLS.bind(Messages.Violation_willTopic, topic));
			}
			body.binary(Messages.Field_willMessage);
		}
		if (username) {
			body.string(Messages.Field_username);
		}
		if (password) {
			body.binary(Messages.Field_password);
		}
		body.end();
	}

	private void publish(Body body, int flags) throws Violation {
		int qos = (flags >> 1) & 0x03;
		if (qos == 3) {
			throw new Violation(Messages.Violation_publishQos);
		}
		if (qos == 0 && (flags & 0x08) != 0) {
			throw new Violation(Messages.Violation_dupQos0);
		}
		if (body.checkString(Messages.Field_topic) == 0) { // checked without making a string: it is every message
			throw new Violation(Messages.Violation_emptyTopic);
		}
		if (qos > 0) {
			packetId(body);
		}
		// the payload is the rest, any bytes
	}

	private void subscribe(Body body, int flags) throws Violation {
		checkFlags(SUBSCRIBE, flags, 2);
		packetId(body);
		if (!body.more()) {
			throw new Violation(Messages.Violation_noFilters);
		}
		while (body.more()) {
			filter(body.string(Messages.Field_topicFilter));
			int options = body.unsignedByte(Messages.Field_requestedQos);
			if (options > 2) {
				throw new Violation(NLS.bind(Messages.Violation_requestedQos, Integer.toString(options)));
			}
		}
	}

	private void unsubscribe(Body body, int flags) throws Violation {
		checkFlags(UNSUBSCRIBE, flags, 2);
		packetId(body);
		if (!body.more()) {
			throw new Violation(Messages.Violation_noFilters);
		}
		while (body.more()) {
			filter(body.string(Messages.Field_topicFilter));
		}
	}

	private static void filter(String filter) throws Violation {
		String problem = org.iotbench.core.Topics.checkFilter(filter);
		if (problem != null) {
			throw new Violation(NLS.bind(Messages.Violation_filter, problem));
		}
	}

	private static void packetId(Body body) throws Violation {
		if (body.unsignedShort(Messages.Field_packetId) == 0) {
			throw new Violation(Messages.Violation_packetIdZero);
		}
	}

	/** The fields of one packet, read in order, never past its end. */
	private static final class Body {
		private final ByteBuf in;
		private final int end;
		private int at;

		Body(ByteBuf in, int at, int end) {
			this.in = in;
			this.at = at;
			this.end = end;
		}

		boolean more() {
			return at < end;
		}

		private void need(int bytes, String field) throws Violation {
			if (end - at < bytes) {
				throw new Violation(NLS.bind(Messages.Violation_tooShort, field));
			}
		}

		int unsignedByte(String field) throws Violation {
			need(1, field);
			return in.getUnsignedByte(at++);
		}

		int unsignedShort(String field) throws Violation {
			need(2, field);
			int value = in.getUnsignedShort(at);
			at += 2;
			return value;
		}

		void skip(int bytes, String field) throws Violation {
			need(bytes, field);
			at += bytes;
		}

		void binary(String field) throws Violation {
			skip(unsignedShort(field), field);
		}

		/** A UTF-8 string as MQTT 3.1.1 section 1.5.3 allows it: well-formed, without U+0000. */
		String string(String field) throws Violation {
			int start = at;
			int length = checkString(field);
			return in.toString(start + 2, length, java.nio.charset.StandardCharsets.UTF_8);
		}

		/** Checks a string as {@link #string(String)} does and moves past it; returns its length in bytes. */
		int checkString(String field) throws Violation {
			int length = unsignedShort(field);
			need(length, field);
			switch (Utf8.check(in, at, length)) {
			case Utf8.MALFORMED -> throw new Violation(NLS.bind(Messages.Violation_utf8, field));
			case Utf8.NUL -> throw new Violation(NLS.bind(Messages.Violation_nul, field));
			default -> at += length;
			}
			return length;
		}

		void end() throws Violation {
			if (at != end) {
				throw new Violation(NLS.bind(Messages.Violation_extraBytes, Integer.toString(end - at)));
			}
		}
	}
}
