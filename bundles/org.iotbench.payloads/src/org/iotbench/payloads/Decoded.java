package org.iotbench.payloads;

import org.eclipse.osgi.util.NLS;
import org.iotbench.payloads.internal.Messages;

import com.google.gson.JsonElement;

/**
 * A payload decoded for reading.
 *
 * @param format  the format it was decoded as
 * @param guessed whether the format was guessed (no declaration of the project covers the topic)
 * @param value   the decoded structure (JSON, CBOR, MessagePack, Sparkplug B, Protobuf), or null for text and bytes
 * @param text    the payload as shown: pretty-printed structure, text, or hex
 * @param problem why the declared format did not decode (the text then shows the bytes in hex), or null
 */
public record Decoded(Format format, boolean guessed, JsonElement value, String text, String problem) {

	/** The format for the user: "CBOR", "CBOR (guessed)", or "Protobuf: not readable as ...". */
	public String label() {
		if (problem != null) {
			return NLS.bind(Messages.Decoded_failed, format.label(), problem);
		}
		return guessed ? NLS.bind(Messages.Decoded_guessed, format.label()) : format.label();
	}

	/** The payload on one line, at most {@code maxChars} characters (then ending with an ellipsis). */
	public String preview(int maxChars) {
		String line = value != null && problem == null ? JsonValues.compact(value) : text;
		line = line.replace('\n', ' ').replace('\r', ' ');
		return line.length() <= maxChars ? line : line.substring(0, maxChars) + '\u2026';
	}
}
