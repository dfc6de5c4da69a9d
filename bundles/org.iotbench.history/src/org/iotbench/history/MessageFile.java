package org.iotbench.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.iotbench.core.AtomicFile;
import org.iotbench.core.Csv;
import org.iotbench.history.internal.Messages;
import org.iotbench.sessions.Direction;
import org.iotbench.sessions.Message;
import org.iotbench.payloads.Payloads;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * Messages in a file, to share, to keep or to replay: CSV, a JSON array, or newline-delimited JSON (by the file's
 * extension). Each message has its time (ISO-8601), direction, topic, QoS, retain flag, and its payload as text when
 * it is UTF-8 text, else Base64 ({@code encoding} says which). Written atomically: a failed export leaves no half file.
 */
public final class MessageFile {

	/** The columns of a CSV file, and the fields of a JSON message. */
	static final List<String> FIELDS = List.of("time", "direction", "topic", "qos", "retained", "encoding", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"payload"); //$NON-NLS-1$
	private static final String TEXT = "text"; //$NON-NLS-1$
	private static final String BASE64 = "base64"; //$NON-NLS-1$

	/** How a file holds its messages. */
	public enum Format {
		CSV, JSON, NDJSON;

		/**
		 * The format a file's extension names: {@code .csv}, {@code .json}, {@code .ndjson} or {@code .jsonl}.
		 *
		 * @throws IllegalArgumentException with a message for the user for any other
		 */
		public static Format of(Path file) {
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.endsWith(".csv")) { //$NON-NLS-1$
				return CSV;
			}
			if (name.endsWith(".json")) { //$NON-NLS-1$
				return JSON;
			}
			if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) { //$NON-NLS-1$ //$NON-NLS-2$
				return NDJSON;
			}
			throw new IllegalArgumentException(NLS.bind(Messages.MessageFile_unknownFormat, file.getFileName()));
		}
	}

	/** A message read from a file: what a message is, without a place in a project yet. */
	public record Entry(Instant time, Direction direction, String topic, byte[] payload, int qos, boolean retained) {
	}

	/** Something that hands messages over, oldest first, as long as the consumer wants them. */
	@FunctionalInterface
	public interface Source {
		void forEach(Consumer<Message> consumer);
	}

	private MessageFile() {
	}

	/**
	 * Writes messages to a file, replacing it only once everything is written.
	 *
	 * @return how many messages were written
	 */
	public static long write(Path file, Format format, Source messages) throws IOException {
		long[] count = { 0 };
		try {
			new AtomicFile(file).write(out -> {
				try {
					count[0] = write(out, format, messages);
				} catch (UncheckedIOException e) {
					throw e.getCause();
				}
			});
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
		return count[0];
	}

	private static long write(OutputStream stream, Format format, Source messages) throws IOException {
		Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		long[] count = { 0 };
		switch (format) {
		case CSV -> {
			out.write(Csv.join(FIELDS));
			out.write('\n');
			messages.forEach(message -> {
				List<String> cells = new ArrayList<>(FIELDS.size());
				boolean text = Payloads.isText(message.payload());
				cells.add(message.time().toString());
				cells.add(direction(message.direction()));
				cells.add(message.topic());
				cells.add(Integer.toString(message.qos()));
				cells.add(Boolean.toString(message.retained()));
				cells.add(text ? TEXT : BASE64);
				cells.add(payload(message.payload(), text));
				unchecked(() -> {
					out.write(Csv.join(cells));
					out.write('\n');
				});
				count[0]++;
			});
		}
		case JSON, NDJSON -> {
			boolean array = format == Format.JSON;
			if (array) {
				out.write("[\n"); //$NON-NLS-1$
			}
			messages.forEach(message -> {
				unchecked(() -> {
					if (array && count[0] > 0) {
						out.write(",\n"); //$NON-NLS-1$
					}
					JsonWriter json = new JsonWriter(out);
					json.setHtmlSafe(false);
					boolean text = Payloads.isText(message.payload());
					json.beginObject();
					json.name(FIELDS.get(0)).value(message.time().toString());
					json.name(FIELDS.get(1)).value(direction(message.direction()));
					json.name(FIELDS.get(2)).value(message.topic());
					json.name(FIELDS.get(3)).value(message.qos());
					json.name(FIELDS.get(4)).value(message.retained());
					json.name(FIELDS.get(5)).value(text ? TEXT : BASE64);
					json.name(FIELDS.get(6)).value(payload(message.payload(), text));
					json.endObject();
					json.flush();
					if (!array) {
						out.write('\n');
					}
				});
				count[0]++;
			});
			if (array) {
				out.write("\n]\n"); //$NON-NLS-1$
			}
		}
		}
		out.flush();
		return count[0];
	}

	/**
	 * Reads every message of a file.
	 *
	 * @throws IOException with a message for the user naming the line or entry that is wrong; nothing is read then
	 */
	public static List<Entry> read(Path file) throws IOException {
		Format format;
		try {
			format = Format.of(file);
		} catch (IllegalArgumentException e) {
			throw new IOException(e.getMessage(), e);
		}
		List<Entry> entries = new ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			switch (format) {
			case CSV -> readCsv(in, entries);
			case NDJSON -> {
				String line;
				int number = 0;
				while ((line = in.readLine()) != null) {
					number++;
					if (line.isBlank()) {
						continue;
					}
					try {
						entries.add(entry(JsonParser.parseString(line)));
					} catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
						throw new IOException(NLS.bind(Messages.MessageFile_badLine, number, e.getMessage()), e);
					}
				}
			}
			case JSON -> readJson(in, entries);
			}
		} catch (java.nio.charset.MalformedInputException e) {
			throw new IOException(NLS.bind(Messages.MessageFile_notUtf8, file.getFileName()), e);
		}
		return entries;
	}

	private static void readCsv(BufferedReader in, List<Entry> entries) throws IOException {
		List<String> header;
		try {
			header = Csv.next(in);
		} catch (IllegalArgumentException e) {
			throw new IOException(NLS.bind(Messages.MessageFile_badLine, 1, e.getMessage()), e);
		}
		if (header == null) {
			return;
		}
		Map<String, Integer> columns = new TreeMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
		}
		for (String required : List.of("topic", "payload")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (!columns.containsKey(required)) {
				throw new IOException(NLS.bind(Messages.MessageFile_noColumn, required, String.join(", ", FIELDS))); //$NON-NLS-1$
			}
		}
		int record = 1;
		while (true) {
			List<String> cells;
			try {
				cells = Csv.next(in);
			} catch (IllegalArgumentException e) {
				throw new IOException(NLS.bind(Messages.MessageFile_badLine, record + 1, e.getMessage()), e);
			}
			if (cells == null) {
				return;
			}
			record++;
			if (cells.size() == 1 && cells.get(0).isBlank()) {
				continue;
			}
			JsonObject object = new JsonObject();
			columns.forEach((name, index) -> {
				if (index < cells.size()) {
					object.addProperty(name, cells.get(index));
				}
			});
			try {
				entries.add(entry(object));
			} catch (IllegalArgumentException | IllegalStateException e) {
				throw new IOException(NLS.bind(Messages.MessageFile_badLine, record, e.getMessage()), e);
			}
		}
	}

	private static void readJson(BufferedReader in, List<Entry> entries) throws IOException {
		JsonReader json = new JsonReader(in);
		int number = 0;
		try {
			json.beginArray();
			while (json.hasNext()) {
				number++;
				entries.add(entry(JsonParser.parseReader(json)));
			}
			json.endArray();
			if (json.peek() != JsonToken.END_DOCUMENT) {
				throw new IllegalStateException(Messages.MessageFile_afterArray);
			}
		} catch (JsonParseException | IllegalArgumentException | IllegalStateException | IOException e) {
			throw new IOException(NLS.bind(Messages.MessageFile_badEntry, number, e.getMessage()), e);
		}
	}

	/** A message from the fields of a JSON object (a CSV row is made one too). */
	private static Entry entry(JsonElement element) {
		if (!element.isJsonObject()) {
			throw new IllegalArgumentException(Messages.MessageFile_notObject);
		}
		JsonObject object = element.getAsJsonObject();
		String topic = string(object, "topic", null); //$NON-NLS-1$
		if (topic == null || topic.isEmpty()) {
			throw new IllegalArgumentException(Messages.MessageFile_noTopic);
		}
		String problem = org.iotbench.core.Topics.checkTopic(topic);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		Instant time;
		String stamp = string(object, "time", null); //$NON-NLS-1$
		try {
			time = stamp == null || stamp.isEmpty() ? Instant.now() : Instant.parse(stamp);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.MessageFile_badTime, stamp));
		}
		String direction = string(object, "direction", "in"); //$NON-NLS-1$ //$NON-NLS-2$
		int qos;
		try {
			qos = Integer.parseInt(string(object, "qos", "0").trim()); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (NumberFormatException e) {
			qos = -1;
		}
		if (qos < 0 || qos > 2) {
			throw new IllegalArgumentException(NLS.bind(Messages.MessageFile_badQos, string(object, "qos", ""))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		boolean retained = Boolean.parseBoolean(string(object, "retained", "false").trim()); //$NON-NLS-1$ //$NON-NLS-2$
		String encoding = string(object, "encoding", TEXT); //$NON-NLS-1$
		String payload = string(object, "payload", ""); //$NON-NLS-1$ //$NON-NLS-2$
		byte[] bytes;
		if (BASE64.equalsIgnoreCase(encoding)) {
			try {
				bytes = Base64.getDecoder().decode(payload.replaceAll("\\s", "")); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.MessageFile_badBase64, e.getMessage()));
			}
		} else {
			bytes = payload.getBytes(StandardCharsets.UTF_8);
		}
		return new Entry(time, "out".equalsIgnoreCase(direction.trim()) ? Direction.OUT : Direction.IN, topic, bytes, //$NON-NLS-1$
				qos, retained);
	}

	private static String string(JsonObject object, String name, String otherwise) {
		JsonElement value = object.get(name);
		return value == null || value.isJsonNull() ? otherwise : value.getAsString();
	}

	private static String direction(Direction direction) {
		return direction == Direction.OUT ? "out" : "in"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String payload(byte[] payload, boolean text) {
		return text ? new String(payload, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(payload);
	}

	@FunctionalInterface
	private interface Output {
		void run() throws IOException;
	}

	private static void unchecked(Output output) {
		try {
			output.run();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
