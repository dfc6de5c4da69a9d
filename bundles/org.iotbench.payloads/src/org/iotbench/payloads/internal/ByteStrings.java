package org.iotbench.payloads.internal;

import java.util.HexFormat;

import org.eclipse.osgi.util.NLS;

/** Byte strings inside decoded structures. */
final class ByteStrings {

	/** Bytes shown whole; longer byte strings are cut (with their length said). */
	private static final int SHOWN = 256;

	private ByteStrings() {
	}

	/** CBOR's diagnostic notation, {@code h'0a1b'}. */
	static String diagnostic(byte[] bytes) {
		if (bytes.length <= SHOWN) {
			return "h'" + HexFormat.of().formatHex(bytes) + "'"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return "h'" + HexFormat.of().formatHex(bytes, 0, SHOWN) + "\u2026'" //$NON-NLS-1$ //$NON-NLS-2$
				+ NLS.bind(Messages.ByteStrings_length, Integer.toString(bytes.length));
	}
}
