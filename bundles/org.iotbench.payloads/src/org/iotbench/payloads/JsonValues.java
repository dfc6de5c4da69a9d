package org.iotbench.payloads;

import java.util.OptionalDouble;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

/** Decoded structures as text, and as numbers for charts. */
public final class JsonValues {

	private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
			.serializeSpecialFloatingPointValues().serializeNulls().create();
	private static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().serializeSpecialFloatingPointValues()
			.serializeNulls().create();

	private JsonValues() {
	}

	/** Indented, two spaces per level. */
	public static String pretty(JsonElement value) {
		return PRETTY.toJson(value);
	}

	/** On one line. */
	public static String compact(JsonElement value) {
		return COMPACT.toJson(value);
	}

	/**
	 * The value as a number for a chart: a JSON number, a string that is a number ("21.5"), or a boolean (1 or 0).
	 * Empty for anything else.
	 */
	public static OptionalDouble number(JsonElement value) {
		if (value == null || !value.isJsonPrimitive()) {
			return OptionalDouble.empty();
		}
		JsonPrimitive primitive = value.getAsJsonPrimitive();
		if (primitive.isBoolean()) {
			return OptionalDouble.of(primitive.getAsBoolean() ? 1 : 0);
		}
		if (primitive.isNumber()) {
			return OptionalDouble.of(primitive.getAsDouble());
		}
		return number(primitive.getAsString());
	}

	/** A text payload as a number ("21.5", " 7 "), or empty. */
	public static OptionalDouble number(String text) {
		String trimmed = text.trim();
		if (trimmed.isEmpty() || trimmed.length() > 64) {
			return OptionalDouble.empty();
		}
		char first = trimmed.charAt(0);
		if (!(first == '-' || first == '+' || first == '.' || Character.isDigit(first))) {
			return OptionalDouble.empty(); // not "NaN" or "Infinity", which a device does not mean as numbers
		}
		try {
			return OptionalDouble.of(Double.parseDouble(trimmed));
		} catch (NumberFormatException e) {
			return OptionalDouble.empty();
		}
	}
}
