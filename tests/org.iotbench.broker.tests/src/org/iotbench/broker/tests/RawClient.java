package org.iotbench.broker.tests;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * An MQTT 3.1.1 client written byte by byte, for what Paho does not do: sending SUBSCRIBE without waiting for CONNACK
 * (as mosquitto_sub and paho-python do) and publishing without waiting for acknowledgements.
 */
final class RawClient implements AutoCloseable {

	static final int CONNACK = 2;
	static final int PUBLISH = 3;
	static final int PUBACK = 4;
	static final int SUBACK = 9;

	/** One packet read: its type, flags and the bytes after the fixed header. */
	record Packet(int type, int flags, byte[] body) {
		String topic() {
			int length = ((body[0] & 0xff) << 8) | (body[1] & 0xff);
			return new String(body, 2, length, StandardCharsets.UTF_8);
		}

		int packetId() {
			return ((body[0] & 0xff) << 8) | (body[1] & 0xff);
		}

		/** A PUBLISH's packet id: after its topic, for QoS 1 and 2. */
		int packetIdAfterTopic() {
			int at = 2 + topicLength();
			return ((body[at] & 0xff) << 8) | (body[at + 1] & 0xff);
		}

		/** A PUBLISH's payload as text. */
		String payload() {
			int at = 2 + topicLength() + (((flags >> 1) & 3) > 0 ? 2 : 0);
			return new String(body, at, body.length - at, StandardCharsets.UTF_8);
		}

		private int topicLength() {
			return ((body[0] & 0xff) << 8) | (body[1] & 0xff);
		}
	}

	private final Socket socket;
	private final DataInputStream in;
	private final OutputStream out;

	RawClient(int port) throws IOException {
		socket = new Socket("127.0.0.1", port);
		socket.setSoTimeout(15_000);
		socket.setTcpNoDelay(true);
		in = new DataInputStream(socket.getInputStream());
		out = socket.getOutputStream();
	}

	void send(byte[]... packets) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		for (byte[] packet : packets) {
			all.write(packet);
		}
		out.write(all.toByteArray());
		out.flush();
	}

	Packet read() throws IOException {
		int first = in.readUnsignedByte();
		int length = 0;
		int multiplier = 1;
		int digit;
		do {
			digit = in.readUnsignedByte();
			length += (digit & 0x7f) * multiplier;
			multiplier *= 128;
		} while ((digit & 0x80) != 0);
		byte[] body = new byte[length];
		in.readFully(body);
		return new Packet(first >> 4, first & 0x0f, body);
	}

	/** The next packet, or null when none comes within {@code millis}. */
	Packet readWithin(int millis) throws IOException {
		int before = socket.getSoTimeout();
		socket.setSoTimeout(millis);
		try {
			return read();
		} catch (java.net.SocketTimeoutException e) {
			return null;
		} finally {
			socket.setSoTimeout(before);
		}
	}

	static byte[] connect(String clientId, String username, String password) {
		return Packets.connect(clientId, username, password);
	}

	static byte[] subscribe(int packetId, String filter, int qos) {
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.write(packetId >> 8);
		body.write(packetId & 0xff);
		Packets.field(body, Packets.utf8(filter));
		body.write(qos);
		return Packets.packet(0x82, body.toByteArray());
	}

	static byte[] publish(String topic, byte[] payload, int qos, int packetId, boolean retain) {
		return Packets.publish(Packets.utf8(topic), (qos << 1) | (retain ? 1 : 0), packetId, payload);
	}

	@Override
	public void close() throws IOException {
		socket.close();
	}
}
