package org.iotbench.payloads;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.osgi.util.NLS;
import org.iotbench.payloads.internal.Messages;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * A path to one value inside a decoded payload, in the common subset of JSONPath: {@code $} the payload itself,
 * {@code .name} or {@code ['name with . or spaces']} a member, {@code [2]} an array element. For example
 * {@code $.env.temp} or {@code $.metrics['Node Control/Rebirth'].value}.
 */
public final class JsonPath {

	/** The path of the whole payload. */
	public static final JsonPath ROOT = new JsonPath("$", List.of()); //$NON-NLS-1$

	private final String text;
	/** Member names (String) and array indexes (Integer). */
	private final List<Object> steps;

	private JsonPath(String text, List<Object> steps) {
		this.text = text;
		this.steps = steps;
	}

	/**
	 * A path read from its text.
	 *
	 * @throws IllegalArgumentException with a message for the user when the text is not such a path
	 */
	public static JsonPath parse(String text) {
		String path = text.trim();
		if (path.isEmpty() || path.equals("$")) { //$NON-NLS-1$
			return ROOT;
		}
		if (path.charAt(0) != '$') {
			throw new IllegalArgumentException(NLS.bind(Messages.JsonPath_noRoot, text));
		}
		List<Object> steps = new ArrayList<>();
		int at = 1;
		while (at < path.length()) {
			char c = path.charAt(at);
			if (c == '.') {
				int end = at + 1;
				while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
					end++;
				}
				if (end == at + 1) {
					throw new IllegalArgumentException(NLS.bind(Messages.JsonPath_emptyName, text));
				}
				steps.add(path.substring(at + 1, end));
				at = end;
			} else if (c == '[') {
				int close = path.indexOf(']', at);
				if (close < 0) {
					throw new IllegalArgumentException(NLS.bind(Messages.JsonPath_unclosed, text));
				}
				String inside = path.substring(at + 1, close).trim();
				if (inside.length() >= 2 && (inside.charAt(0) == '\'' || inside.charAt(0) == '"')
						&& inside.charAt(inside.length() - 1) == inside.charAt(0)) {
					// a quoted name may hold ']': look for the closing quote followed by ']'
					char quote = inside.charAt(0);
					int end = path.indexOf(quote + "]", at + 2); //$NON-NLS-1$
					steps.add(path.substring(at + 2, end));
					at = end + 2;
					continue;
				}
				try {
					int index = Integer.parseInt(inside);
					if (index < 0) {
						throw new NumberFormatException();
					}
					steps.add(Integer.valueOf(index));
				} catch (NumberFormatException e) {
					throw new IllegalArgumentException(NLS.bind(Messages.JsonPath_badIndex, inside, text));
				}
				at = close + 1;
			} else {
				throw new IllegalArgumentException(NLS.bind(Messages.JsonPath_unexpected, Character.valueOf(c), text));
			}
		}
		return new JsonPath(path, List.copyOf(steps));
	}

	/** The value at this path, or null when the payload has none there. */
	public JsonElement find(JsonElement value) {
		JsonElement at = value;
		for (Object step : steps) {
			if (at == null) {
				return null;
			}
			if (step instanceof Integer index) {
				at = at.isJsonArray() && index < at.getAsJsonArray().size() ? at.getAsJsonArray().get(index) : null;
			} else {
				at = at.isJsonObject() ? at.getAsJsonObject().get((String) step) : null;
			}
		}
		return at;
	}

	/** This path with a member name added. */
	public JsonPath member(String name) {
		boolean plain = !name.isEmpty() && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
		List<Object> more = new ArrayList<>(steps);
		more.add(name);
		return new JsonPath(text + (plain ? "." + name : "['" + name + "']"), List.copyOf(more)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** This path with an array index added. */
	public JsonPath index(int index) {
		List<Object> more = new ArrayList<>(steps);
		more.add(Integer.valueOf(index));
		return new JsonPath(text + '[' + index + ']', List.copyOf(more));
	}

	/**
	 * Every value of a structure that is not itself an object or array, with its path, in document order, at most
	 * {@code max}: what a user picks a chart series from.
	 */
	public static void leaves(JsonElement value, int max, BiConsumer<JsonPath, JsonElement> visitor) {
		leaves(ROOT, value, new int[] { max }, visitor);
	}

	private static void leaves(JsonPath path, JsonElement value, int[] left, BiConsumer<JsonPath, JsonElement> visitor) {
		if (left[0] <= 0) {
			return;
		}
		if (value instanceof JsonObject object) {
			for (Map.Entry<String, JsonElement> member : object.entrySet()) {
				leaves(path.member(member.getKey()), member.getValue(), left, visitor);
			}
		} else if (value instanceof JsonArray array) {
			for (int i = 0; i < array.size(); i++) {
				leaves(path.index(i), array.get(i), left, visitor);
			}
		} else {
			left[0]--;
			visitor.accept(path, value);
		}
	}

	@Override
	public String toString() {
		return text;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof JsonPath path && path.steps.equals(steps);
	}

	@Override
	public int hashCode() {
		return steps.hashCode();
	}
}
