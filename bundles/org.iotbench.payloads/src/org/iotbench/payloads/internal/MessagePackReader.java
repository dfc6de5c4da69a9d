package org.iotbench.payloads.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.eclipse.osgi.util.NLS;
import org.msgpack.core.ExtensionTypeHeader;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * MessagePack into a JSON structure, with msgpack-core's unpacker. Every length the payload declares is checked
 * against the bytes that are left before anything is allocated, so that a few hostile bytes cannot claim four billion
 * elements. Binary becomes {@code h'..'}, extension types {@code {"ext": type, "data": h'..'}}, timestamps ISO text.
 */
public final class MessagePackReader {

	/** Deeper nesting than this is refused (a hostile payload could nest until the stack ends). */
	private static final int MAX_DEPTH = 256;

	private MessagePackReader() {
	}

	/** Any MessagePack value. */
	public static JsonElement read(byte[] payload) throws DecodeException {
		return read(payload, false);
	}

	/** A MessagePack map or array only: what a guess accepts. */
	public static JsonElement readContainer(byte[] payload) throws DecodeException {
		return read(payload, true);
	}

	private static JsonElement read(byte[] payload, boolean container) throws DecodeException {
		if (payload.length == 0) {
			throw new DecodeException(Messages.MessagePack_empty);
		}
		try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(payload)) {
			ValueType type = unpacker.getNextFormat().getValueType();
			if (container && type != ValueType.MAP && type != ValueType.ARRAY) {
				throw new DecodeException(Messages.MessagePack_notContainer);
			}
			JsonElement value = value(unpacker, payload.length, 0);
			if (unpacker.hasNext()) {
				throw new DecodeException(
						NLS.bind(Messages.MessagePack_trailing, Long.toString(unpacker.getTotalReadBytes())));
			}
			return value;
		} catch (IOException | RuntimeException e) {
			throw new DecodeException(NLS.bind(Messages.MessagePack_invalid, CborReader.firstLine(e.getMessage())));
		}
	}

	private static JsonElement value(MessageUnpacker unpacker, int size, int depth) throws IOException, DecodeException {
		if (depth > MAX_DEPTH) {
			throw new DecodeException(NLS.bind(Messages.MessagePack_tooDeep, Integer.toString(MAX_DEPTH)));
		}
		MessageFormat format = unpacker.getNextFormat();
		switch (format.getValueType()) {
		case NIL:
			unpacker.unpackNil();
			return JsonNull.INSTANCE;
		case BOOLEAN:
			return new JsonPrimitive(unpacker.unpackBoolean());
		case INTEGER:
			if (format == MessageFormat.UINT64) {
				BigInteger big = unpacker.unpackBigInteger();
				return big.bitLength() < 64 ? new JsonPrimitive(big.longValue()) : new JsonPrimitive(big);
			}
			return new JsonPrimitive(unpacker.unpackLong());
		case FLOAT:
			return new JsonPrimitive(unpacker.unpackDouble());
		case STRING: {
			int length = unpacker.unpackRawStringHeader();
			return new JsonPrimitive(new String(bytes(unpacker, length, size), StandardCharsets.UTF_8));
		}
		case BINARY: {
			int length = unpacker.unpackBinaryHeader();
			return new JsonPrimitive(ByteStrings.diagnostic(bytes(unpacker, length, size)));
		}
		case ARRAY: {
			int length = unpacker.unpackArrayHeader();
			check(unpacker, length, size); // each element takes at least one byte
			JsonArray array = new JsonArray(length);
			for (int i = 0; i < length; i++) {
				array.add(value(unpacker, size, depth + 1));
			}
			return array;
		}
		case MAP: {
			int length = unpacker.unpackMapHeader();
			check(unpacker, length * 2L, size);
			JsonObject object = new JsonObject();
			for (int i = 0; i < length; i++) {
				JsonElement key = value(unpacker, size, depth + 1);
				String name = key.isJsonPrimitive() ? key.getAsString() : key.toString();
				object.add(name, value(unpacker, size, depth + 1));
			}
			return object;
		}
		case EXTENSION:
			return timestampOrExtension(unpacker, size);
		default:
			throw new DecodeException(NLS.bind(Messages.MessagePack_invalid, format));
		}
	}

	private static JsonElement timestampOrExtension(MessageUnpacker unpacker, int size) throws IOException, DecodeException {
		ExtensionTypeHeader header = unpacker.unpackExtensionTypeHeader();
		byte[] data = bytes(unpacker, header.getLength(), size);
		if (header.getType() == -1) { // the timestamp extension
			Instant time = timestamp(data);
			if (time != null) {
				return new JsonPrimitive(time.toString());
			}
		}
		JsonObject object = new JsonObject();
		object.addProperty("ext", Byte.valueOf(header.getType())); //$NON-NLS-1$
		object.addProperty("data", ByteStrings.diagnostic(data)); //$NON-NLS-1$
		return object;
	}

	/** MessagePack's timestamp extension: 32-bit seconds, 30-bit nanoseconds and 34-bit seconds, or 96 bits. */
	private static Instant timestamp(byte[] data) {
		ByteBuffer buffer = ByteBuffer.wrap(data);
		return switch (data.length) {
		case 4 -> Instant.ofEpochSecond(Integer.toUnsignedLong(buffer.getInt()));
		case 8 -> {
			long both = buffer.getLong();
			yield Instant.ofEpochSecond(both & 0x3_ffff_ffffL, both >>> 34);
		}
		case 12 -> {
			int nanos = buffer.getInt();
			yield Instant.ofEpochSecond(buffer.getLong(), Integer.toUnsignedLong(nanos));
		}
		default -> null;
		};
	}

	private static byte[] bytes(MessageUnpacker unpacker, int length, int size) throws IOException, DecodeException {
		check(unpacker, length, size);
		return unpacker.readPayload(length);
	}

	private static void check(MessageUnpacker unpacker, long needed, int size) throws DecodeException {
		if (needed < 0 || needed > size - unpacker.getTotalReadBytes()) {
			throw new DecodeException(NLS.bind(Messages.MessagePack_tooLong, Long.toString(needed),
					Long.toString(size - unpacker.getTotalReadBytes())));
		}
	}
}
