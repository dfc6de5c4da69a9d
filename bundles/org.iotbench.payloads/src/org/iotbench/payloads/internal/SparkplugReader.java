package org.iotbench.payloads.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;

/**
 * A Sparkplug B payload (the Protobuf schema of the Eclipse Sparkplug specification, in {@code sparkplug_b.proto}
 * beside this class) into a structure made for reading and for JSON paths: the metrics are an object keyed by metric
 * name (by {@code "alias N"} when a data message carries only the alias), each with its type's name and its value as
 * the type means it (signed integers signed, arrays unpacked, DateTime also as ISO time).
 */
public final class SparkplugReader {

	/** The message type of a Sparkplug B payload. */
	public static final String PAYLOAD_TYPE = "org.eclipse.tahu.protobuf.Payload"; //$NON-NLS-1$
	private static final String DESCRIPTOR = "sparkplug_b.desc"; //$NON-NLS-1$

	private SparkplugReader() {
	}

	/** The schema of a Sparkplug B payload, from the descriptor set shipped with this bundle. */
	public static ProtobufSchema schema() {
		return Schema.PAYLOAD;
	}

	/** A Sparkplug B payload. */
	public static JsonElement read(byte[] payload) throws DecodeException {
		DynamicMessage message = ProtobufReader.parse(Schema.PAYLOAD, payload);
		Descriptor type = message.getDescriptorForType();
		JsonObject object = new JsonObject();
		if (has(message, "timestamp")) { //$NON-NLS-1$
			long timestamp = (Long) get(message, "timestamp"); //$NON-NLS-1$
			object.add("timestamp", new JsonPrimitive(ProtobufReader.unsigned(timestamp))); //$NON-NLS-1$
			object.addProperty("time", time(timestamp)); //$NON-NLS-1$
		}
		if (has(message, "seq")) { //$NON-NLS-1$
			object.add("seq", new JsonPrimitive(ProtobufReader.unsigned((Long) get(message, "seq")))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (has(message, "uuid")) { //$NON-NLS-1$
			object.addProperty("uuid", (String) get(message, "uuid")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		JsonObject metrics = new JsonObject();
		for (Object metric : (List<?>) message.getField(type.findFieldByName("metrics"))) { //$NON-NLS-1$
			Message m = (Message) metric;
			String key = has(m, "name") && !((String) get(m, "name")).isEmpty() ? (String) get(m, "name") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					: "alias " + ProtobufReader.unsigned((Long) get(m, "alias")); //$NON-NLS-1$ //$NON-NLS-2$
			String unique = key;
			for (int n = 2; metrics.has(unique); n++) {
				unique = key + " (" + n + ')'; //$NON-NLS-1$
			}
			metrics.add(unique, metric(m));
		}
		object.add("metrics", metrics); //$NON-NLS-1$
		if (has(message, "body")) { //$NON-NLS-1$
			object.addProperty("body", base64(get(message, "body"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!message.getUnknownFields().asMap().isEmpty()) {
			JsonArray numbers = new JsonArray();
			message.getUnknownFields().asMap().keySet().forEach(numbers::add);
			object.add(ProtobufReader.UNKNOWN_FIELDS, numbers);
		}
		return object;
	}

	private static JsonObject metric(Message metric) {
		JsonObject object = new JsonObject();
		int datatype = has(metric, "datatype") ? (Integer) get(metric, "datatype") : 0; //$NON-NLS-1$ //$NON-NLS-2$
		object.addProperty("type", typeName(datatype)); //$NON-NLS-1$
		FieldDescriptor set = metric.getOneofFieldDescriptor(metric.getDescriptorForType().getOneofs().get(0));
		boolean isNull = has(metric, "is_null") && (Boolean) get(metric, "is_null"); //$NON-NLS-1$ //$NON-NLS-2$
		object.add("value", isNull || set == null ? JsonNull.INSTANCE : value(datatype, set, metric.getField(set))); //$NON-NLS-1$
		if (datatype == 13 && set != null && !isNull) { // DateTime: also readable
			object.addProperty("time", time((Long) metric.getField(set))); //$NON-NLS-1$
		}
		if (has(metric, "alias")) { //$NON-NLS-1$
			object.add("alias", new JsonPrimitive(ProtobufReader.unsigned((Long) get(metric, "alias")))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (has(metric, "timestamp")) { //$NON-NLS-1$
			object.add("timestamp", new JsonPrimitive(ProtobufReader.unsigned((Long) get(metric, "timestamp")))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (String flag : new String[] { "is_historical", "is_transient" }) { //$NON-NLS-1$ //$NON-NLS-2$
			if (has(metric, flag) && (Boolean) get(metric, flag)) {
				object.addProperty(flag, Boolean.TRUE);
			}
		}
		if (has(metric, "properties")) { //$NON-NLS-1$
			object.add("properties", propertySet((Message) get(metric, "properties"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (has(metric, "metadata")) { //$NON-NLS-1$
			object.add("metadata", ProtobufReader.object((Message) get(metric, "metadata"))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return object;
	}

	private static JsonElement value(int datatype, FieldDescriptor field, Object value) {
		return switch (field.getName()) {
		case "int_value" -> { //$NON-NLS-1$
			int bits = (Integer) value;
			yield switch (datatype) {
			case 1 -> new JsonPrimitive((byte) bits); // Int8
			case 2 -> new JsonPrimitive((short) bits); // Int16
			case 3 -> new JsonPrimitive(bits); // Int32
			default -> new JsonPrimitive(Integer.toUnsignedLong(bits));
			};
		}
		case "long_value" -> { //$NON-NLS-1$
			long bits = (Long) value;
			yield datatype == 4 || datatype == 13 ? new JsonPrimitive(bits) // Int64, DateTime
					: new JsonPrimitive(ProtobufReader.unsigned(bits));
		}
		case "bytes_value" -> array(datatype, ((ByteString) value).toByteArray()); //$NON-NLS-1$
		case "dataset_value" -> dataSet((Message) value); //$NON-NLS-1$
		case "template_value", "extension_value" -> ProtobufReader.object((Message) value); //$NON-NLS-1$ //$NON-NLS-2$
		case "float_value" -> new JsonPrimitive((Float) value); //$NON-NLS-1$
		case "double_value" -> new JsonPrimitive((Double) value); //$NON-NLS-1$
		case "boolean_value" -> new JsonPrimitive((Boolean) value); //$NON-NLS-1$
		default -> new JsonPrimitive(String.valueOf(value));
		};
	}

	/** Sparkplug 3.0 arrays: little-endian values packed in bytes_value; strings ended by a zero byte. */
	private static JsonElement array(int datatype, byte[] bytes) {
		int width = switch (datatype) {
		case 22, 26 -> 1;
		case 23, 27 -> 2;
		case 24, 28, 30 -> 4;
		case 25, 29, 31, 34 -> 8;
		default -> 0;
		};
		if (datatype == 33) { // StringArray
			JsonArray strings = new JsonArray();
			int start = 0;
			for (int i = 0; i < bytes.length; i++) {
				if (bytes[i] == 0) {
					strings.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
					start = i + 1;
				}
			}
			return strings;
		}
		if (width == 0 || bytes.length % width != 0) {
			return new JsonPrimitive(base64(ByteString.copyFrom(bytes)));
		}
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		JsonArray values = new JsonArray(bytes.length / width);
		while (buffer.hasRemaining()) {
			values.add(switch (datatype) {
			case 22 -> new JsonPrimitive(buffer.get());
			case 23 -> new JsonPrimitive(buffer.getShort());
			case 24 -> new JsonPrimitive(buffer.getInt());
			case 25, 34 -> new JsonPrimitive(buffer.getLong());
			case 26 -> new JsonPrimitive(Byte.toUnsignedInt(buffer.get()));
			case 27 -> new JsonPrimitive(Short.toUnsignedInt(buffer.getShort()));
			case 28 -> new JsonPrimitive(Integer.toUnsignedLong(buffer.getInt()));
			case 29 -> new JsonPrimitive(ProtobufReader.unsigned(buffer.getLong()));
			case 30 -> new JsonPrimitive(buffer.getFloat());
			default -> new JsonPrimitive(buffer.getDouble());
			});
		}
		return values;
	}

	private static JsonObject dataSet(Message dataSet) {
		JsonObject object = new JsonObject();
		JsonArray columns = new JsonArray();
		((List<?>) get(dataSet, "columns")).forEach(column -> columns.add((String) column)); //$NON-NLS-1$
		object.add("columns", columns); //$NON-NLS-1$
		JsonArray types = new JsonArray();
		((List<?>) get(dataSet, "types")).forEach(t -> types.add(typeName((Integer) t))); //$NON-NLS-1$
		object.add("types", types); //$NON-NLS-1$
		JsonArray rows = new JsonArray();
		for (Object row : (List<?>) get(dataSet, "rows")) { //$NON-NLS-1$
			JsonArray cells = new JsonArray();
			List<?> elements = (List<?>) get((Message) row, "elements"); //$NON-NLS-1$
			for (int i = 0; i < elements.size(); i++) {
				Message element = (Message) elements.get(i);
				FieldDescriptor set = element.getOneofFieldDescriptor(element.getDescriptorForType().getOneofs().get(0));
				int datatype = i < types.size() ? (Integer) ((List<?>) get(dataSet, "types")).get(i) : 0; //$NON-NLS-1$
				cells.add(set == null ? JsonNull.INSTANCE : value(datatype, set, element.getField(set)));
			}
			rows.add(cells);
		}
		object.add("rows", rows); //$NON-NLS-1$
		return object;
	}

	private static JsonObject propertySet(Message set) {
		JsonObject object = new JsonObject();
		List<?> keys = (List<?>) get(set, "keys"); //$NON-NLS-1$
		List<?> values = (List<?>) get(set, "values"); //$NON-NLS-1$
		for (int i = 0; i < keys.size() && i < values.size(); i++) {
			Message property = (Message) values.get(i);
			int datatype = has(property, "type") ? (Integer) get(property, "type") : 0; //$NON-NLS-1$ //$NON-NLS-2$
			FieldDescriptor field = property.getOneofFieldDescriptor(property.getDescriptorForType().getOneofs().get(0));
			JsonElement value;
			if (field == null || has(property, "is_null") && (Boolean) get(property, "is_null")) { //$NON-NLS-1$ //$NON-NLS-2$
				value = JsonNull.INSTANCE;
			} else if (field.getName().equals("propertyset_value")) { //$NON-NLS-1$
				value = propertySet((Message) property.getField(field));
			} else if (field.getName().equals("propertysets_value")) { //$NON-NLS-1$
				JsonArray list = new JsonArray();
				((List<?>) get((Message) property.getField(field), "propertyset")) //$NON-NLS-1$
						.forEach(each -> list.add(propertySet((Message) each)));
				value = list;
			} else {
				value = value(datatype, field, property.getField(field));
			}
			object.add((String) keys.get(i), value);
		}
		return object;
	}

	private static String typeName(int datatype) {
		EnumValueDescriptor value = Schema.DATA_TYPE.findValueByNumber(datatype);
		return value != null ? value.getName() : Integer.toString(datatype);
	}

	private static String time(long epochMillis) {
		return Instant.ofEpochMilli(epochMillis).toString();
	}

	private static String base64(Object bytes) {
		return Base64.getEncoder().encodeToString(((ByteString) bytes).toByteArray());
	}

	private static boolean has(Message message, String field) {
		return message.hasField(message.getDescriptorForType().findFieldByName(field));
	}

	private static Object get(Message message, String field) {
		return message.getField(message.getDescriptorForType().findFieldByName(field));
	}

	/** The schema, loaded once, when first needed. */
	private static final class Schema {
		static final ProtobufSchema PAYLOAD;
		static final EnumDescriptor DATA_TYPE;
		static {
			try (InputStream in = SparkplugReader.class.getResourceAsStream(DESCRIPTOR)) {
				PAYLOAD = ProtobufSchema.load(in, DESCRIPTOR, PAYLOAD_TYPE);
				DATA_TYPE = PAYLOAD.type().getFile().findEnumTypeByName("DataType"); //$NON-NLS-1$
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			} catch (DecodeException e) {
				throw new IllegalStateException(e.getMessage(), e);
			}
		}
	}
}
