package org.iotbench.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A bare MQTT 3.1.1 connection for the connect loads, the fan-out's subscribers and the soak's devices: CONNECT (clean
 * session, user name = client ID, password), CONNACK; for a subscriber SUBSCRIBE at QoS 0 or 1, SUBACK, then reading
 * what the broker sends (acknowledging QoS 1); for a device, QoS 1 PUBLISH and its PUBACK, one at a time; and
 * DISCONNECT when closed; nothing else. Paho 1.2.5 cannot serve here: each of its connects sleeps about 300 ms in its
 * own threads ({@code CommsReceiver.start}, {@code CommsSender.start} poll with 100 ms sleeps), which caps 8 connecting
 * threads at about 25 connects per second whatever the broker does; and its two threads per client, with a hand-over
 * for every message, make a hundred subscribers cost more CPU than the broker they measure.
 */
final class BareConnection implements AutoCloseable {

	/** A CONNACK with a return code other than 0 (accepted). */
	static final class RefusedException extends IOException {

		private static final long serialVersionUID = 1L;

		RefusedException(int returnCode) {
			super("CONNACK return code " + returnCode + switch (returnCode) {
			case 1 -> " (unacceptable protocol version)";
			case 2 -> " (identifier rejected)";
			case 3 -> " (server unavailable)";
			case 4 -> " (bad user name or password)";
			case 5 -> " (not authorized)";
			default -> "";
			});
		}
	}

	private static final int CONNECT = 0x10;
	private static final int CONNACK = 0x20;
	private static final int PUBLISH = 0x30;
	/** The QoS 1 bits of a PUBLISH's first byte. */
	private static final int QOS1_FLAGS = 0x02;
	private static final int PUBACK = 0x40;
	/** SUBSCRIBE with the flags the protocol requires (0b0010). */
	private static final int SUBSCRIBE = 0x82;
	private static final int SUBACK = 0x90;
	private static final int SUBACK_FAILURE = 0x80;
	private static final int PACKET_ID = 1;
	private static final byte[] DISCONNECT = { (byte) 0xE0, 0x00 };
	private static final int PROTOCOL_LEVEL_3_1_1 = 4;
	private static final int FLAGS_USER_PASSWORD_CLEAN = 0x80 | 0x40 | 0x02;
	/** The keep-alive the connect loads ask for. */
	static final int KEEP_ALIVE_S = 60;
	private static final int RECEIVE_BUFFER_BYTES = 64 * 1024;

	private final Socket socket;

	private BareConnection(Socket socket) {
		this.socket = socket;
	}

	/** {@link #open(Endpoint, String, String, int, int)} with a keep-alive of {@value #KEEP_ALIVE_S} s. */
	static BareConnection open(Endpoint endpoint, String clientId, String password, int timeoutMs)
			throws IOException {
		return open(endpoint, clientId, password, timeoutMs, KEEP_ALIVE_S);
	}

	/**
	 * Connects and waits for the CONNACK.
	 *
	 * @param keepAliveS the keep-alive to ask for; 0 for none (a connection that only listens sends nothing, so the
	 *                   broker would close it after 1.5 keep-alive periods)
	 * @throws RefusedException when the broker refuses the client
	 * @throws IOException      when the connection fails or nothing comes back in time
	 */
	static BareConnection open(Endpoint endpoint, String clientId, String password, int timeoutMs, int keepAliveS)
			throws IOException {
		Socket socket = new Socket();
		try {
			socket.setTcpNoDelay(true);
			socket.setSoTimeout(timeoutMs);
			socket.connect(new InetSocketAddress(LoopbackPorts.HOST, endpoint.port()), timeoutMs);
			socket.getOutputStream().write(connectPacket(clientId, password, keepAliveS));
			DataInputStream in = new DataInputStream(socket.getInputStream());
			expect(in, CONNACK, 2, "CONNACK");
			in.readUnsignedByte(); // session present
			int returnCode = in.readUnsignedByte();
			if (returnCode != 0) {
				throw new RefusedException(returnCode);
			}
			return new BareConnection(socket);
		} catch (IOException | RuntimeException e) {
			socket.close();
			throw e;
		}
	}

	/**
	 * Subscribes to one topic at QoS 0 and waits for the SUBACK, within the time limit given to {@link #open}. Only
	 * for a connection that has received nothing else yet.
	 *
	 * @throws IOException when the broker refuses the subscription, closes the connection or does not answer in time
	 */
	void subscribe(String topic) throws IOException {
		subscribe(topic, 0);
	}

	/**
	 * Subscribes to one topic at the QoS given and waits for the SUBACK; see {@link #subscribe(String)}. A QoS 1
	 * subscriber must read with {@link #receive(PayloadReader)}, which acknowledges what it reads.
	 */
	void subscribe(String topic, int qos) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(PACKET_ID >> 8);
		body.write(PACKET_ID & 0xFF);
		writeString(body, topic.getBytes(StandardCharsets.UTF_8));
		body.write(qos); // requested QoS
		socket.getOutputStream().write(packet(SUBSCRIBE, body));
		DataInputStream in = new DataInputStream(socket.getInputStream());
		expect(in, SUBACK, 3, "SUBACK");
		in.readUnsignedShort(); // packet identifier
		int granted = in.readUnsignedByte();
		if (granted == SUBACK_FAILURE) {
			throw new IOException("the broker refused the subscription to " + topic);
		}
	}

	/**
	 * Reads what the broker sends, without a time limit, until the connection ends, and runs {@code published} for
	 * each PUBLISH; other packets are skipped.
	 *
	 * @throws IOException always, in the end: when the connection was closed, by either side, or broke
	 */
	void receive(Runnable published) throws IOException {
		socket.setSoTimeout(0);
		DataInputStream in = new DataInputStream(
				new BufferedInputStream(socket.getInputStream(), RECEIVE_BUFFER_BYTES));
		byte[] body = new byte[256];
		while (true) {
			int type = in.readUnsignedByte();
			int length = remainingLength(in);
			if (length > body.length) {
				body = new byte[Math.max(length, 2 * body.length)];
			}
			in.readFully(body, 0, length);
			if ((type & 0xF0) == PUBLISH) {
				published.run();
			}
		}
	}

	/** What a subscriber does with each payload it receives. */
	interface PayloadReader {
		/** The payload is {@code length} bytes of {@code buffer} from {@code offset}, valid during this call only. */
		void read(byte[] buffer, int offset, int length);
	}

	/**
	 * Reads what the broker sends, without a time limit, until the connection ends, hands each PUBLISH's payload to
	 * {@code reader} and acknowledges a QoS 1 PUBLISH (PUBACK) after that; other packets are skipped. QoS 2 is not
	 * spoken.
	 *
	 * @throws IOException always, in the end: when the connection was closed, by either side, or broke
	 */
	void receive(PayloadReader reader) throws IOException {
		socket.setSoTimeout(0);
		DataInputStream in = new DataInputStream(
				new BufferedInputStream(socket.getInputStream(), RECEIVE_BUFFER_BYTES));
		java.io.OutputStream out = socket.getOutputStream();
		byte[] body = new byte[256];
		byte[] puback = { (byte) PUBACK, 2, 0, 0 };
		while (true) {
			int type = in.readUnsignedByte();
			int length = remainingLength(in);
			if (length > body.length) {
				body = new byte[Math.max(length, 2 * body.length)];
			}
			in.readFully(body, 0, length);
			if ((type & 0xF0) != PUBLISH || length < 2) {
				continue;
			}
			int qos = (type >> 1) & 0x03;
			int topicLength = ((body[0] & 0xFF) << 8) | (body[1] & 0xFF);
			int start = 2 + topicLength + (qos > 0 ? 2 : 0);
			if (start > length) {
				throw new IOException("malformed PUBLISH: its topic is longer than the packet");
			}
			reader.read(body, start, length - start);
			if (qos == 1) {
				puback[2] = body[2 + topicLength];
				puback[3] = body[3 + topicLength];
				out.write(puback);
			}
		}
	}

	/**
	 * Publishes at QoS 1 and waits for the broker's PUBACK of this packet, within the time limit given to
	 * {@link #open}. Only for a connection that subscribes to nothing: anything but a PUBACK is taken for an error.
	 *
	 * @param packetId 1 to 65535
	 * @throws IOException when the connection fails or the PUBACK does not come in time
	 */
	void publishAcknowledged(byte[] topic, byte[] payload, int packetId) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream(topic.length + payload.length + 4);
		writeString(body, topic);
		body.write(packetId >> 8);
		body.write(packetId & 0xFF);
		body.writeBytes(payload);
		socket.getOutputStream().write(packet(PUBLISH | QOS1_FLAGS, body));
		DataInputStream in = new DataInputStream(socket.getInputStream());
		expect(in, PUBACK, 2, "PUBACK");
		int acknowledged = in.readUnsignedShort();
		if (acknowledged != packetId) {
			throw new IOException("PUBACK for packet " + acknowledged + ", expected " + packetId);
		}
	}

	/** Reads a fixed header and fails unless it is the packet expected, with the remaining length expected. */
	private static void expect(DataInputStream in, int type, int length, String name) throws IOException {
		int read = in.read();
		int remaining = in.read();
		if (read < 0 || remaining < 0) {
			throw new EOFException("the broker closed the connection before its " + name);
		}
		if (read != type || remaining != length) {
			throw new IOException("expected a " + name + ", got packet type 0x" + Integer.toHexString(read));
		}
	}

	private static int remainingLength(DataInputStream in) throws IOException {
		int value = 0;
		for (int shift = 0; shift <= 21; shift += 7) {
			int digit = in.readUnsignedByte();
			value |= (digit & 0x7F) << shift;
			if ((digit & 0x80) == 0) {
				return value;
			}
		}
		throw new IOException("malformed remaining length");
	}

	private static byte[] connectPacket(String clientId, String password, int keepAliveS) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		writeString(body, "MQTT".getBytes(StandardCharsets.UTF_8));
		body.write(PROTOCOL_LEVEL_3_1_1);
		body.write(FLAGS_USER_PASSWORD_CLEAN);
		body.write(keepAliveS >> 8);
		body.write(keepAliveS & 0xFF);
		byte[] id = clientId.getBytes(StandardCharsets.UTF_8);
		writeString(body, id);
		writeString(body, id);
		writeString(body, password.getBytes(StandardCharsets.UTF_8));
		return packet(CONNECT, body);
	}

	/** A packet: its first byte, the remaining length, the body. */
	private static byte[] packet(int firstByte, ByteArrayOutputStream body) {
		ByteArrayOutputStream packet = new ByteArrayOutputStream(body.size() + 5);
		packet.write(firstByte);
		int remaining = body.size();
		do {
			int digit = remaining % 128;
			remaining /= 128;
			packet.write(remaining > 0 ? digit | 0x80 : digit);
		} while (remaining > 0);
		packet.writeBytes(body.toByteArray());
		return packet.toByteArray();
	}

	private static void writeString(ByteArrayOutputStream out, byte[] bytes) {
		out.write(bytes.length >> 8);
		out.write(bytes.length & 0xFF);
		out.write(bytes, 0, bytes.length);
	}

	/** Sends DISCONNECT and closes the socket. */
	@Override
	public void close() {
		try (Socket closing = socket) {
			closing.getOutputStream().write(DISCONNECT);
		} catch (IOException e) {
			// the broker closed it already
		}
	}
}
