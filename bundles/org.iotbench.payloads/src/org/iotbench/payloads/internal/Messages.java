package org.iotbench.payloads.internal;

import org.eclipse.osgi.util.NLS;

/** The words of the payload decoders. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.iotbench.payloads.internal.messages"; //$NON-NLS-1$
	public static String Format_text;
	public static String Format_json;
	public static String Format_hex;
	public static String Format_base64;
	public static String Format_cbor;
	public static String Format_messagePack;
	public static String Format_sparkplugB;
	public static String Format_protobuf;
	public static String Decoded_guessed;
	public static String Decoded_failed;
	public static String Decoded_notText;
	public static String ByteStrings_length;
	public static String Cbor_empty;
	public static String Cbor_notContainer;
	public static String Cbor_trailing;
	public static String Cbor_invalid;
	public static String Cbor_unexpected;
	public static String MessagePack_empty;
	public static String MessagePack_notContainer;
	public static String MessagePack_trailing;
	public static String MessagePack_invalid;
	public static String MessagePack_tooDeep;
	public static String MessagePack_tooLong;
	public static String Protobuf_noDescriptor;
	public static String Protobuf_unreadable;
	public static String Protobuf_notDescriptorSet;
	public static String Protobuf_missingImport;
	public static String Protobuf_invalidSchema;
	public static String Protobuf_noSuchType;
	public static String Protobuf_ambiguousType;
	public static String Protobuf_invalid;
	public static String JsonPath_noRoot;
	public static String JsonPath_emptyName;
	public static String JsonPath_unclosed;
	public static String JsonPath_badIndex;
	public static String JsonPath_unexpected;
	public static String Json_invalid;
	public static String Json_textAfter;
	public static String Json_endsEarly;
	public static String Json_expectedName;
	public static String Json_expectedCommaOr;
	public static String Json_controlCharacter;
	public static String Json_unterminated;
	public static String Json_unexpected;
	public static String Json_notNumber;
	public static String Json_expected;
	public static String Payloads_notHex;
	public static String Payloads_notBase64;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
