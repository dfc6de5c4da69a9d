package org.iotbench.payloads;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.iotbench.payloads.internal.Messages;

/**
 * Payloads as the user types and reads them: text (UTF-8), JSON (checked, pretty-printed), hex and Base64.
 */
public final class Payloads {

	/** How a payload is written or shown. */
	public enum Format {
		TEXT, JSON, HEX, BASE64
	}

	private Payloads() {
	}

	/**
	 * The bytes of a payload typed in a format.
	 *
	 * @throws IllegalArgumentException with a message for the user when the text is not valid in that format
	 */
	public static byte[] encode(String text, Format format) {
		return switch (format) {
		case TEXT -> text.getBytes(StandardCharsets.UTF_8);
		case JSON -> {
			Json.check(text);
			yield text.getBytes(StandardCharsets.UTF_8);
		}
		case HEX -> {
			String digits = text.replaceAll("[\\s:]", ""); //$NON-NLS-1$ //$NON-NLS-2$
			try {
				yield HexFormat.of().parseHex(digits);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(Messages.Payloads_notHex);
			}
		}
		case BASE64 -> {
			try {
				yield Base64.getDecoder().decode(text.replaceAll("\\s", "")); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.Payloads_notBase64, e.getMessage()));
			}
		}
		};
	}

	/** The payload shown in a format; binary payloads shown as text fall back to hex. */
	public static String decode(byte[] payload, Format format) {
		return switch (format) {
		case TEXT -> text(payload);
		case JSON -> {
			String text = text(payload);
			try {
				yield Json.pretty(text);
			} catch (IllegalArgumentException e) {
				yield text;
			}
		}
		case HEX -> hex(payload);
		case BASE64 -> Base64.getEncoder().encodeToString(payload);
		};
	}

	/** A one-line preview for a message list: text if it is text, else hex, shortened. */
	public static String preview(byte[] payload, int maxChars) {
		if (payload.length > maxChars * 4L + 4) { // never decode more than the preview can show
			byte[] start = prefix(payload, maxChars * 4);
			String shown = isText(start) ? new String(start, StandardCharsets.UTF_8) : hex(start);
			shown = shown.replace('\n', ' ').replace('\r', ' ');
			return (shown.length() <= maxChars ? shown : shown.substring(0, maxChars)) + '\u2026';
		}
		String shown = isText(payload) ? new String(payload, StandardCharsets.UTF_8).replace('\n', ' ').replace('\r', ' ')
				: hex(payload);
		return shown.length() <= maxChars ? shown : shown.substring(0, maxChars) + '\u2026';
	}

	/**
	 * The first bytes of a payload, at most {@code maxBytes}, without a UTF-8 character cut in two at the end (so that
	 * the beginning of a text payload is still text).
	 */
	public static byte[] prefix(byte[] payload, int maxBytes) {
		if (payload.length <= maxBytes) {
			return payload;
		}
		byte[] bytes = java.util.Arrays.copyOf(payload, maxBytes);
		int end = bytes.length;
		int back = 0;
		while (end - back - 1 >= 0 && back < 3 && (bytes[end - back - 1] & 0xC0) == 0x80) {
			back++;
		}
		if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0x80) != 0) {
			int lead = bytes[end - back - 1] & 0xff;
			int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
			if (length > back + 1) {
				return java.util.Arrays.copyOf(bytes, end - back - 1);
			}
		}
		return bytes;
	}

	/** The best format to show a payload in. */
	public static Format guess(byte[] payload) {
		if (!isText(payload)) {
			return Format.HEX;
		}
		String text = new String(payload, StandardCharsets.UTF_8).trim();
		if ((text.startsWith("{") || text.startsWith("[")) && Json.isValid(text)) { //$NON-NLS-1$ //$NON-NLS-2$
			return Format.JSON;
		}
		return Format.TEXT;
	}

	/** Whether the bytes are UTF-8 text without control characters other than tab and line breaks. */
	public static boolean isText(byte[] payload) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(payload)).toString();
			return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	private static String text(byte[] payload) {
		return isText(payload) ? new String(payload, StandardCharsets.UTF_8) : hex(payload);
	}

	/** Hex in groups of 16 bytes per line. */
	public static String hex(byte[] payload) {
		StringBuilder out = new StringBuilder(payload.length * 3);
		for (int i = 0; i < payload.length; i++) {
			if (i > 0) {
				out.append(i % 16 == 0 ? '\n' : ' ');
			}
			out.append(String.format(Locale.ROOT, "%02x", payload[i])); //$NON-NLS-1$
		}
		return out.toString();
	}
}
