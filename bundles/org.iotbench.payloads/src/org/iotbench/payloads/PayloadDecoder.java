package org.iotbench.payloads;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.iotbench.core.Topics;
import org.iotbench.payloads.internal.CborReader;
import org.iotbench.payloads.internal.DecodeException;
import org.iotbench.payloads.internal.MessagePackReader;
import org.iotbench.payloads.internal.Messages;
import org.iotbench.payloads.internal.ProtobufReader;
import org.iotbench.payloads.internal.ProtobufSchema;
import org.iotbench.payloads.internal.SparkplugReader;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * Decodes payloads for a project: in the format the project declares for the topic (the first rule whose filter
 * matches), otherwise in a guessed one, said to be guessed. Guessing never takes bytes for Sparkplug B outside the
 * Sparkplug topic namespace, nor for Protobuf, which needs a declaration. Safe for use from several threads.
 */
public final class PayloadDecoder {

	/** Binary payloads larger than this are not tried as CBOR or MessagePack unless declared. */
	private static final int MAX_GUESSED_BYTES = 256 * 1024;

	private static final List<String> SPARKPLUG_TYPES = List.of("NBIRTH", "NDEATH", "DBIRTH", "DDEATH", "NDATA", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"DDATA", "NCMD", "DCMD"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final List<FormatRule> rules;
	/** Protobuf schemas by descriptor file and message type; a schema that cannot load is kept as its problem. */
	private final Map<FormatRule, Object> schemas = new ConcurrentHashMap<>();

	/** A decoder that follows these rules, first match first. */
	public PayloadDecoder(List<FormatRule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** A decoder that guesses every format. */
	public static PayloadDecoder guessing() {
		return new PayloadDecoder(List.of());
	}

	/**
	 * Checks a Protobuf declaration before it is saved.
	 *
	 * @return null when the descriptor set loads and holds the message type, else what is wrong, in words
	 */
	public static String schemaProblem(String descriptorFile, String messageType) {
		try {
			ProtobufSchema.load(descriptorFile, messageType);
			return null;
		} catch (DecodeException e) {
			return e.getMessage();
		}
	}

	/** The rules, in order. */
	public List<FormatRule> rules() {
		return rules;
	}

	/** The first rule that covers the topic, or null. */
	public FormatRule ruleFor(String topic) {
		for (FormatRule rule : rules) {
			if (Topics.matches(rule.topicFilter(), topic)) {
				return rule;
			}
		}
		return null;
	}

	/** The payload of a message on a topic, decoded. */
	public Decoded decode(String topic, byte[] payload) {
		FormatRule rule = ruleFor(topic);
		if (rule != null) {
			return decode(payload, rule);
		}
		return guess(topic, payload);
	}

	/** The payload decoded in a given format, as the user asked to see it (not guessed). */
	public Decoded decode(byte[] payload, Format format) {
		return decode(payload, new FormatRule("#", format)); //$NON-NLS-1$
	}

	private Decoded decode(byte[] payload, FormatRule rule) {
		Format format = rule.format();
		return switch (format) {
		case TEXT -> {
			boolean text = Payloads.isText(payload);
			yield new Decoded(format, false, null, Payloads.decode(payload, Payloads.Format.TEXT),
					text ? null : Messages.Decoded_notText);
		}
		case JSON -> json(payload, false);
		case HEX -> new Decoded(format, false, null, Payloads.hex(payload), null);
		case BASE64 -> new Decoded(format, false, null, Payloads.decode(payload, Payloads.Format.BASE64), null);
		default -> {
			try {
				yield structured(format, false, read(payload, rule));
			} catch (DecodeException e) {
				yield new Decoded(format, false, null, Payloads.hex(payload), e.getMessage());
			}
		}
		};
	}

	private JsonElement read(byte[] payload, FormatRule rule) throws DecodeException {
		return switch (rule.format()) {
		case CBOR -> CborReader.read(payload);
		case MESSAGEPACK -> MessagePackReader.read(payload);
		case SPARKPLUG_B -> SparkplugReader.read(payload);
		case PROTOBUF -> ProtobufReader.read(schema(rule), payload);
		default -> throw new IllegalArgumentException(rule.format().name());
		};
	}

	private ProtobufSchema schema(FormatRule rule) throws DecodeException {
		Object schema = schemas.computeIfAbsent(new FormatRule("#", Format.PROTOBUF, rule.descriptorFile(), //$NON-NLS-1$
				rule.messageType()), key -> {
					try {
						return ProtobufSchema.load(key.descriptorFile(), key.messageType());
					} catch (DecodeException e) {
						return e;
					}
				});
		if (schema instanceof DecodeException problem) {
			throw problem;
		}
		return (ProtobufSchema) schema;
	}

	private Decoded guess(String topic, byte[] payload) {
		if (payload.length == 0) {
			return new Decoded(Format.TEXT, true, null, "", null); //$NON-NLS-1$
		}
		if (isSparkplugTopic(topic)) {
			try {
				return structured(Format.SPARKPLUG_B, true, SparkplugReader.read(payload));
			} catch (DecodeException e) {
				// not Sparkplug after all: go on guessing
			}
		}
		if (Payloads.isText(payload)) {
			if (Payloads.guess(payload) == Payloads.Format.JSON) {
				return json(payload, true);
			}
			return new Decoded(Format.TEXT, true, null, new String(payload, StandardCharsets.UTF_8), null);
		}
		if (payload.length <= MAX_GUESSED_BYTES) {
			try {
				return structured(Format.CBOR, true, CborReader.readContainer(payload));
			} catch (DecodeException e) {
				// not CBOR
			}
			try {
				return structured(Format.MESSAGEPACK, true, MessagePackReader.readContainer(payload));
			} catch (DecodeException e) {
				// not MessagePack
			}
		}
		return new Decoded(Format.HEX, true, null, Payloads.hex(payload), null);
	}

	/** Whether the topic is in the Sparkplug B namespace: {@code spBv1.0/group/NDATA/node[/device]}. */
	static boolean isSparkplugTopic(String topic) {
		if (!topic.startsWith("spBv1.0/")) { //$NON-NLS-1$
			return false;
		}
		String[] levels = topic.split("/", 5); //$NON-NLS-1$
		return levels.length >= 4 && SPARKPLUG_TYPES.contains(levels[2]);
	}

	private static Decoded json(byte[] payload, boolean guessed) {
		String text = Payloads.decode(payload, Payloads.Format.TEXT); // hex when it is not text
		if (!Payloads.isText(payload)) {
			return new Decoded(Format.JSON, guessed, null, text, Messages.Decoded_notText);
		}
		try {
			Payloads.encode(text, Payloads.Format.JSON); // the strict check, with the place of the first error
		} catch (IllegalArgumentException e) {
			return new Decoded(Format.JSON, guessed, null, text, e.getMessage());
		}
		return new Decoded(Format.JSON, guessed, JsonParser.parseString(text),
				Payloads.decode(payload, Payloads.Format.JSON), null);
	}

	private static Decoded structured(Format format, boolean guessed, JsonElement value) {
		return new Decoded(format, guessed, value, JsonValues.pretty(value), null);
	}
}
