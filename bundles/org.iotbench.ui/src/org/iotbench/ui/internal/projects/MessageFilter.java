package org.iotbench.ui.internal.projects;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.iotbench.payloads.Decoded;
import org.iotbench.payloads.JsonValues;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.payloads.Payloads;
import org.iotbench.sessions.Message;

/**
 * The filter of the message list: every word must occur in the topic or in the payload (case-insensitive). A text
 * payload is searched as it is; a binary one that the project's decoder reads as a structure (CBOR, MessagePack,
 * Sparkplug B, Protobuf) is searched decoded, so that a CBOR field's name is found. Decoding runs only for binary
 * payloads a word was not found in, on the filter's own thread.
 */
final class MessageFilter {

	/** Binary payloads longer than this are not decoded for a search (as in the list's preview). */
	private static final int MAX_DECODED_BYTES = 64 * 1024;

	private final String[] words;
	private final PayloadDecoder decoder;

	MessageFilter(String text) {
		this(text, null);
	}

	/** @param decoder the project's decoder, or {@code null} to search payloads as stored only */
	MessageFilter(String text, PayloadDecoder decoder) {
		String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		words = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+"); //$NON-NLS-1$
		this.decoder = decoder;
	}

	boolean accepts(Message message) {
		if (words.length == 0) {
			return true;
		}
		String topic = message.topic().toLowerCase(Locale.ROOT);
		String payload = null;
		String decoded = null;
		for (String word : words) {
			if (topic.contains(word)) {
				continue;
			}
			if (payload == null) {
				payload = new String(message.payload(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
			}
			if (payload.contains(word)) {
				continue;
			}
			if (decoded == null) {
				decoded = decoded(message);
			}
			if (!decoded.contains(word)) {
				return false;
			}
		}
		return true;
	}

	/** A binary payload's structure as compact JSON, lower case; empty when there is none to search. */
	private String decoded(Message message) {
		byte[] bytes = message.payload();
		if (decoder == null || bytes.length > MAX_DECODED_BYTES || Payloads.isText(bytes)) {
			return ""; //$NON-NLS-1$
		}
		Decoded result = decoder.decode(message.topic(), bytes);
		return result.value() == null || result.problem() != null ? "" //$NON-NLS-1$
				: JsonValues.compact(result.value()).toLowerCase(Locale.ROOT);
	}
}
