package org.iotbench.payloads;

import org.iotbench.payloads.internal.Messages;

/** How a payload is encoded: the formats the workbench can show a payload in. */
public enum Format {
	/** UTF-8 text. */
	TEXT(Messages.Format_text),
	/** JSON text. */
	JSON(Messages.Format_json),
	/** Any bytes, shown as hexadecimal. */
	HEX(Messages.Format_hex),
	/** Any bytes, shown as Base64. */
	BASE64(Messages.Format_base64),
	/** CBOR, RFC 8949. */
	CBOR(Messages.Format_cbor),
	/** MessagePack. */
	MESSAGEPACK(Messages.Format_messagePack),
	/** The Protobuf payload of the Eclipse Sparkplug B specification. */
	SPARKPLUG_B(Messages.Format_sparkplugB),
	/** Protobuf, with a message type from the user's descriptor set. */
	PROTOBUF(Messages.Format_protobuf);

	private final String label;

	Format(String label) {
		this.label = label;
	}

	/** The name shown to the user. */
	public String label() {
		return label;
	}

	/** Whether the format decodes into a structure (fields a JSON path can reach). */
	public boolean structured() {
		return this != TEXT && this != HEX && this != BASE64;
	}
}
