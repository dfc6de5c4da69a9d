package org.iotbench.payloads.internal;

import java.math.BigInteger;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;

/**
 * A Protobuf message into a JSON structure, field names as in the schema (like protoc's {@code --decode}): 64-bit
 * integers as numbers, unsigned ones without sign, enums by name, bytes in Base64, maps as objects. Fields the schema
 * does not know are listed by number under {@code "(unknown fields)"}, the usual sign of a wrong message type.
 */
public final class ProtobufReader {

	/** The name under which unknown field numbers are listed. */
	public static final String UNKNOWN_FIELDS = "(unknown fields)"; //$NON-NLS-1$

	private ProtobufReader() {
	}

	/** The payload as a message of the schema's type. */
	public static JsonElement read(ProtobufSchema schema, byte[] payload) throws DecodeException {
		return object(parse(schema, payload));
	}

	/** The payload parsed as a message of the schema's type. */
	static DynamicMessage parse(ProtobufSchema schema, byte[] payload) throws DecodeException {
		try {
			return DynamicMessage.parseFrom(schema.type(), payload);
		} catch (InvalidProtocolBufferException e) {
			throw new DecodeException(NLS.bind(Messages.Protobuf_invalid, schema.type().getFullName(),
					CborReader.firstLine(e.getMessage())));
		}
	}

	/** A message's set fields, in field number order. */
	static JsonObject object(Message message) {
		JsonObject object = new JsonObject();
		for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
			object.add(field.getKey().getName(), field(field.getKey(), field.getValue()));
		}
		Map<Integer, ?> unknown = message.getUnknownFields().asMap();
		if (!unknown.isEmpty()) {
			JsonArray numbers = new JsonArray();
			unknown.keySet().forEach(numbers::add);
			object.add(UNKNOWN_FIELDS, numbers);
		}
		return object;
	}

	private static JsonElement field(FieldDescriptor field, Object value) {
		if (field.isMapField()) {
			JsonObject map = new JsonObject();
			for (Object entry : (List<?>) value) {
				Message pair = (Message) entry;
				FieldDescriptor key = pair.getDescriptorForType().findFieldByNumber(1);
				FieldDescriptor mapped = pair.getDescriptorForType().findFieldByNumber(2);
				map.add(String.valueOf(scalar(key, pair.getField(key)).getAsString()),
						single(mapped, pair.getField(mapped)));
			}
			return map;
		}
		if (field.isRepeated()) {
			JsonArray array = new JsonArray();
			for (Object element : (List<?>) value) {
				array.add(single(field, element));
			}
			return array;
		}
		return single(field, value);
	}

	private static JsonElement single(FieldDescriptor field, Object value) {
		if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
			return object((Message) value);
		}
		return scalar(field, value);
	}

	private static JsonPrimitive scalar(FieldDescriptor field, Object value) {
		return switch (field.getType()) {
		case UINT32, FIXED32 -> new JsonPrimitive(Integer.toUnsignedLong((Integer) value));
		case UINT64, FIXED64 -> new JsonPrimitive(unsigned((Long) value));
		case ENUM -> new JsonPrimitive(((EnumValueDescriptor) value).getName());
		case BYTES -> new JsonPrimitive(Base64.getEncoder().encodeToString(((ByteString) value).toByteArray()));
		case BOOL -> new JsonPrimitive((Boolean) value);
		case STRING -> new JsonPrimitive((String) value);
		default -> new JsonPrimitive((Number) value);
		};
	}

	/** A uint64 as the number it means. */
	static Number unsigned(long value) {
		return value >= 0 ? Long.valueOf(value) : new BigInteger(Long.toUnsignedString(value));
	}
}
