package org.iotbench.registry;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.core.Csv;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A fleet of clients in a file, CSV or JSON (by the file's extension), to register in one go or to export.
 * <p>
 * CSV: a header line naming the columns (any order, any case): {@code id}, {@code password}, and optionally
 * {@code name}, {@code description}, {@code enabled} ({@code true} or {@code false}), {@code publish},
 * {@code subscribe}; the permissions are topic filters separated by spaces or commas, as in the client dialog. Lines
 * starting with {@code #} are comments. JSON: an array of objects with the same keys, the permissions as arrays of
 * strings. A password {@value #GENERATE} has a strong one generated (and shown once). An export has the same columns
 * with the passwords left empty, since the registry keeps none: fill them in (or write {@value #GENERATE}) and the
 * file imports as it is.
 */
public final class FleetFile {

	/** The password that asks for a generated one. */
	public static final String GENERATE = "generate"; //$NON-NLS-1$

	/** One client read, with where it was in the file and whether its password was generated. */
	public record Entry(String where, NewClient client, boolean generated) {
	}

	private static final List<String> COLUMNS = List.of("id", "password", "name", "description", "enabled", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"publish", "subscribe"); //$NON-NLS-1$ //$NON-NLS-2$

	private FleetFile() {
	}

	static boolean json(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"); //$NON-NLS-1$
	}

	/**
	 * Reads every client of a file.
	 *
	 * @throws RegistryException with one line per problem, each naming its line (CSV) or entry (JSON); nothing is read
	 *                           then
	 */
	public static List<Entry> read(Path file, CredentialGenerator generator) throws IOException, RegistryException {
		List<Map<String, Object>> rows = new ArrayList<>();
		List<String> where = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		if (json(file)) {
			readJson(file, rows, where, problems);
		} else {
			readCsv(file, rows, where, problems);
		}
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> row = rows.get(i);
			String id = text(row.get("id")); //$NON-NLS-1$
			String password = text(row.get("password")); //$NON-NLS-1$
			if (id.isEmpty()) {
				problems.add(where.get(i) + ": " + Messages.Fleet_noId); //$NON-NLS-1$
				continue;
			}
			if (password.isEmpty()) {
				problems.add(where.get(i) + ": " + NLS.bind(Messages.Fleet_noPassword, id, GENERATE)); //$NON-NLS-1$
				continue;
			}
			String enabled = text(row.get("enabled")).toLowerCase(Locale.ROOT); //$NON-NLS-1$
			if (!enabled.isEmpty() && !enabled.equals("true") && !enabled.equals("false")) { //$NON-NLS-1$ //$NON-NLS-2$
				problems.add(where.get(i) + ": " + NLS.bind(Messages.Fleet_badEnabled, id, enabled)); //$NON-NLS-1$
				continue;
			}
			boolean generated = GENERATE.equals(password);
			char[] secret = generated ? generator.password() : password.toCharArray();
			entries.add(new Entry(where.get(i), new NewClient(id, secret, text(row.get("name")), //$NON-NLS-1$
					text(row.get("description")), filters(row.get("publish")), filters(row.get("subscribe")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					!enabled.equals("false")), generated)); //$NON-NLS-1$
		}
		if (!problems.isEmpty()) {
			throw new RegistryException(String.join("\n", problems)); //$NON-NLS-1$
		}
		return entries;
	}

	private static void readCsv(Path file, List<Map<String, Object>> rows, List<String> where, List<String> problems)
			throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<String> header = null;
		for (int n = 0; n < lines.size(); n++) {
			String line = n == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(n); //$NON-NLS-1$
			if (line.isBlank() || line.startsWith("#")) { //$NON-NLS-1$
				continue;
			}
			String label = NLS.bind(Messages.Fleet_line, n + 1);
			List<String> cells;
			try {
				cells = Csv.split(line);
			} catch (IllegalArgumentException e) {
				problems.add(label + ": " + e.getMessage()); //$NON-NLS-1$
				continue;
			}
			if (header == null) {
				header = cells.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
				for (String column : header) {
					if (!COLUMNS.contains(column)) {
						problems.add(label + ": " + NLS.bind(Messages.Fleet_unknownColumn, column, //$NON-NLS-1$
								String.join(", ", COLUMNS))); //$NON-NLS-1$
					}
				}
				if (!header.contains("id") || !header.contains("password")) { //$NON-NLS-1$ //$NON-NLS-2$
					problems.add(label + ": " + Messages.Fleet_header); //$NON-NLS-1$
				}
				continue;
			}
			if (cells.size() > header.size()) {
				problems.add(label + ": " + NLS.bind(Messages.Fleet_tooManyCells, cells.size(), header.size())); //$NON-NLS-1$
				continue;
			}
			Map<String, Object> row = new LinkedHashMap<>();
			for (int c = 0; c < cells.size(); c++) {
				row.put(header.get(c), cells.get(c).trim());
			}
			rows.add(row);
			where.add(label);
		}
		if (header == null) {
			problems.add(Messages.Fleet_empty);
		}
	}

	private static void readJson(Path file, List<Map<String, Object>> rows, List<String> where, List<String> problems)
			throws IOException {
		JsonElement root;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			root = JsonParser.parseReader(reader);
		} catch (JsonParseException e) {
			problems.add(NLS.bind(Messages.Fleet_badJson, e.getMessage()));
			return;
		}
		if (!root.isJsonArray()) {
			problems.add(Messages.Fleet_notArray);
			return;
		}
		JsonArray array = root.getAsJsonArray();
		for (int i = 0; i < array.size(); i++) {
			String label = NLS.bind(Messages.Fleet_entry, i + 1);
			if (!array.get(i).isJsonObject()) {
				problems.add(label + ": " + Messages.Fleet_notObject); //$NON-NLS-1$
				continue;
			}
			JsonObject object = array.get(i).getAsJsonObject();
			Map<String, Object> row = new LinkedHashMap<>();
			for (String key : object.keySet()) {
				String column = key.toLowerCase(Locale.ROOT);
				if (!COLUMNS.contains(column)) {
					problems.add(label + ": " + NLS.bind(Messages.Fleet_unknownColumn, key, String.join(", ", COLUMNS))); //$NON-NLS-1$ //$NON-NLS-2$
					continue;
				}
				JsonElement value = object.get(key);
				if (value.isJsonArray()) {
					List<String> items = new ArrayList<>();
					value.getAsJsonArray().forEach(item -> items.add(item.isJsonPrimitive() ? item.getAsString() : item.toString()));
					row.put(column, items);
				} else {
					row.put(column, value.isJsonNull() ? "" : value.isJsonPrimitive() ? value.getAsString() : value.toString()); //$NON-NLS-1$
				}
			}
			rows.add(row);
			where.add(label);
		}
	}

	private static String text(Object value) {
		return value == null ? "" : value instanceof List<?> list ? String.join(" ", list.stream().map(String::valueOf).toList()) //$NON-NLS-1$ //$NON-NLS-2$
				: value.toString().trim();
	}

	private static List<String> filters(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).map(String::trim).filter(s -> !s.isEmpty()).toList();
		}
		String text = text(value);
		return text.isEmpty() ? List.of() : Arrays.stream(text.split("[\\s,]+")).filter(s -> !s.isEmpty()).toList(); //$NON-NLS-1$
	}

	/**
	 * Writes the clients as CSV or JSON, by the file's extension, with empty passwords (the registry keeps only salted
	 * hashes): filled in, the file imports as it is.
	 */
	public static String format(Path file, List<RegisteredClient> clients) {
		if (file != null && json(file)) {
			JsonArray array = new JsonArray();
			for (RegisteredClient client : clients) {
				JsonObject object = new JsonObject();
				object.addProperty("id", client.getClientId()); //$NON-NLS-1$
				object.addProperty("password", ""); //$NON-NLS-1$ //$NON-NLS-2$
				object.addProperty("name", client.getName()); //$NON-NLS-1$
				object.addProperty("description", client.getDescription()); //$NON-NLS-1$
				object.addProperty("enabled", client.isEnabled()); //$NON-NLS-1$
				object.add("publish", strings(client.getPublishPatterns())); //$NON-NLS-1$
				object.add("subscribe", strings(client.getSubscribePatterns())); //$NON-NLS-1$
				array.add(object);
			}
			Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
			return gson.toJson(array) + '\n';
		}
		StringBuilder out = new StringBuilder("# ").append(Messages.Fleet_exportComment).append('\n') //$NON-NLS-1$
				.append("id,password,name,description,enabled,publish,subscribe\n"); //$NON-NLS-1$
		for (RegisteredClient client : clients) {
			out.append(Csv.join(List.of(client.getClientId(), "", client.getName(), client.getDescription(), //$NON-NLS-1$
					Boolean.toString(client.isEnabled()), String.join(" ", client.getPublishPatterns()), //$NON-NLS-1$
					String.join(" ", client.getSubscribePatterns())))) //$NON-NLS-1$
					.append('\n');
		}
		return out.toString();
	}

	private static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}
}
