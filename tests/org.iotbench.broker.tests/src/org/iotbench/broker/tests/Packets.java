package org.iotbench.broker.tests;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** MQTT 3.1.1 packets byte by byte, valid or broken on purpose. */
final class Packets {

	static final int CLEAN = 0x02;
	static final int WILL = 0x04;
	static final int WILL_RETAIN = 0x20;
	static final int PASSWORD = 0x40;
	static final int USERNAME = 0x80;

	private Packets() {
	}

	/** A CONNECT with the given flags and payload fields (raw bytes, so that they can be invalid UTF-8). */
	static byte[] connect(int flags, byte[] clientId, byte[] willTopic, byte[] username, byte[] password) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		field(body, utf8("MQTT"));
		body.write(4);
		body.write(flags);
		body.write(0);
		body.write(0); // keep-alive 0
		field(body, clientId);
		if (willTopic != null) {
			field(body, willTopic);
			field(body, utf8("gone"));
		}
		if (username != null) {
			field(body, username);
		}
		if (password != null) {
			field(body, password);
		}
		return packet(0x10, body.toByteArray());
	}

	static byte[] connect(String clientId) {
		return connect(CLEAN, utf8(clientId), null, null, null);
	}

	static byte[] connect(String clientId, String username, String password) {
		return connect(CLEAN | USERNAME | PASSWORD, utf8(clientId), null, utf8(username), utf8(password));
	}

	static byte[] publish(byte[] topic, int flags, int packetId, byte[] payload) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		field(body, topic);
		if ((flags & 0x06) != 0) {
			body.write(packetId >> 8);
			body.write(packetId & 0xff);
		}
		body.writeBytes(payload);
		return packet(0x30 | flags, body.toByteArray());
	}

	static byte[] subscribe(int packetId, String... filters) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(packetId >> 8);
		body.write(packetId & 0xff);
		for (String filter : filters) {
			field(body, utf8(filter));
			body.write(1);
		}
		return packet(0x82, body.toByteArray());
	}

	static byte[] unsubscribe(int packetId, String... filters) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(packetId >> 8);
		body.write(packetId & 0xff);
		for (String filter : filters) {
			field(body, utf8(filter));
		}
		return packet(0xA2, body.toByteArray());
	}

	static byte[] ack(int header, int packetId) {
		return new byte[] { (byte) header, 2, (byte) (packetId >> 8), (byte) packetId };
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static void field(ByteArrayOutputStream out, byte[] bytes) {
		out.write(bytes.length >> 8);
		out.write(bytes.length & 0xff);
		out.writeBytes(bytes);
	}

	static byte[] packet(int header, byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(header);
		int length = body.length;
		do {
			int digit = length % 128;
			length /= 128;
			out.write(length > 0 ? digit | 0x80 : digit);
		} while (length > 0);
		out.writeBytes(body);
		return out.toByteArray();
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}
}
