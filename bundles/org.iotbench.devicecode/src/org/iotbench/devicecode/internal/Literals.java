package org.iotbench.devicecode.internal;

import java.nio.charset.StandardCharsets;

/**
 * String literals of the languages the device code is written in, so that any client ID, password or topic (quotes,
 * backslashes, non-ASCII letters) becomes code that compiles and means the same text.
 */
public enum Literals {

	/** Python 3 and MicroPython: a double-quoted literal; the source is UTF-8, so only quotes and control characters are escaped. */
	PYTHON {
		@Override
		public String quote(String text) {
			StringBuilder out = new StringBuilder(text.length() + 2).append('"');
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
				case '"' -> out.append("\\\""); //$NON-NLS-1$
				case '\\' -> out.append("\\\\"); //$NON-NLS-1$
				case '\n' -> out.append("\\n"); //$NON-NLS-1$
				case '\r' -> out.append("\\r"); //$NON-NLS-1$
				case '\t' -> out.append("\\t"); //$NON-NLS-1$
				default -> {
					if (c < 0x20 || c == 0x7F) {
						out.append(String.format("\\x%02x", (int) c)); //$NON-NLS-1$
					} else {
						out.append(c);
					}
				}
				}
			}
			return out.append('"').toString();
		}
	},

	/**
	 * C and C++: a double-quoted literal of the text's UTF-8 bytes; anything but printable ASCII is an octal escape (a
	 * hexadecimal one would swallow the digits after it), and {@code ?} is escaped against trigraphs.
	 */
	C {
		@Override
		public String quote(String text) {
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			StringBuilder out = new StringBuilder(bytes.length + 2).append('"');
			for (byte b : bytes) {
				int c = b & 0xFF;
				switch (c) {
				case '"' -> out.append("\\\""); //$NON-NLS-1$
				case '\\' -> out.append("\\\\"); //$NON-NLS-1$
				case '?' -> out.append("\\?"); //$NON-NLS-1$
				case '\n' -> out.append("\\n"); //$NON-NLS-1$
				default -> {
					if (c < 0x20 || c >= 0x7F) {
						out.append(String.format("\\%03o", c)); //$NON-NLS-1$
					} else {
						out.append((char) c);
					}
				}
				}
			}
			return out.append('"').toString();
		}
	};

	/** The text as a string literal of this language, quotes included. */
	public abstract String quote(String text);
}
