package org.iotbench.broker.internal;

import io.netty.buffer.ByteBuf;

/**
 * UTF-8 as MQTT 3.1.1 requires it in strings (section 1.5.3): well-formed (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF) and without U+0000. Checked on the bytes, without making a string.
 */
final class Utf8 {

	static final int VALID = 0;
	static final int MALFORMED = 1;
	static final int NUL = 2;

	private Utf8() {
	}

	/** {@link #VALID}, {@link #MALFORMED} or {@link #NUL}. */
	static int check(ByteBuf in, int at, int length) {
		int end = at + length;
		int i = at;
		while (i < end) {
			int b = in.getUnsignedByte(i);
			if (b < 0x80) {
				if (b == 0) {
					return NUL;
				}
				i++;
				continue;
			}
			int need;
			int min;
			int code;
			if (b >= 0xC2 && b <= 0xDF) {
				need = 1;
				min = 0x80;
				code = b & 0x1F;
			} else if (b >= 0xE0 && b <= 0xEF) {
				need = 2;
				min = 0x800;
				code = b & 0x0F;
			} else if (b >= 0xF0 && b <= 0xF4) {
				need = 3;
				min = 0x10000;
				code = b & 0x07;
			} else {
				return MALFORMED;
			}
			if (i + need >= end) {
				return MALFORMED; // cut short
			}
			for (int k = 1; k <= need; k++) {
				int c = in.getUnsignedByte(i + k);
				if ((c & 0xC0) != 0x80) {
					return MALFORMED;
				}
				code = (code << 6) | (c & 0x3F);
			}
			if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
				return MALFORMED;
			}
			i += need + 1;
		}
		return VALID;
	}
}
