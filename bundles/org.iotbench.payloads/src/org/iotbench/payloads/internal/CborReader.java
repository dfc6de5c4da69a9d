package org.iotbench.payloads.internal;

import java.io.IOException;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * CBOR (RFC 8949) into a JSON structure, with Jackson's CBOR parser. Byte strings become {@code h'..'} (CBOR's
 * diagnostic notation), map keys become text. The whole payload must be one data item.
 */
public final class CborReader {

	private static final CBORFactory FACTORY = new CBORFactory();

	private CborReader() {
	}

	/** Any CBOR data item. */
	public static JsonElement read(byte[] payload) throws DecodeException {
		return read(payload, false);
	}

	/** A CBOR map or array only: what a guess accepts, since short byte runs are often also a valid CBOR number. */
	public static JsonElement readContainer(byte[] payload) throws DecodeException {
		return read(payload, true);
	}

	private static JsonElement read(byte[] payload, boolean container) throws DecodeException {
		try (JsonParser parser = FACTORY.createParser(payload)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				throw new DecodeException(Messages.Cbor_empty);
			}
			if (container && first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
				throw new DecodeException(Messages.Cbor_notContainer);
			}
			JsonElement value = value(parser);
			if (parser.nextToken() != null) {
				throw new DecodeException(NLS.bind(Messages.Cbor_trailing,
						Long.toString(parser.currentLocation().getByteOffset())));
			}
			return value;
		} catch (IOException | RuntimeException e) {
			throw new DecodeException(NLS.bind(Messages.Cbor_invalid, firstLine(e.getMessage())));
		}
	}

	private static JsonElement value(JsonParser parser) throws IOException {
		JsonToken token = parser.currentToken();
		switch (token) {
		case START_OBJECT: {
			JsonObject object = new JsonObject();
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				object.add(name, value(parser));
			}
			return object;
		}
		case START_ARRAY: {
			JsonArray array = new JsonArray();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				array.add(value(parser));
			}
			return array;
		}
		case VALUE_STRING:
			return new JsonPrimitive(parser.getText());
		case VALUE_NUMBER_INT:
			return new JsonPrimitive(parser.getNumberValue());
		case VALUE_NUMBER_FLOAT:
			return new JsonPrimitive(parser.getDoubleValue());
		case VALUE_TRUE:
			return new JsonPrimitive(Boolean.TRUE);
		case VALUE_FALSE:
			return new JsonPrimitive(Boolean.FALSE);
		case VALUE_NULL:
			return JsonNull.INSTANCE;
		case VALUE_EMBEDDED_OBJECT: {
			Object embedded = parser.getEmbeddedObject();
			return embedded instanceof byte[] bytes ? new JsonPrimitive(ByteStrings.diagnostic(bytes))
					: new JsonPrimitive(String.valueOf(embedded));
		}
		default:
			throw new IOException(NLS.bind(Messages.Cbor_unexpected, token));
		}
	}

	static String firstLine(String message) {
		if (message == null) {
			return ""; //$NON-NLS-1$
		}
		int end = message.indexOf('\n');
		return end < 0 ? message : message.substring(0, end);
	}
}
