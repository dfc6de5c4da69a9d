package org.iotbench.bench;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A bare MQTT 3.1.1 connection for the connect loads: CONNECT (clean session, user name = client ID, password),
 * CONNACK, and DISCONNECT when closed; nothing else. Paho 1.2.5 cannot serve here: each of its connects sleeps about
 * 300 ms in its own threads ({@code CommsReceiver.start}, {@code CommsSender.start} poll with 100 ms sleeps), which
 * caps 8 connecting threads at about 25 connects per second whatever the broker does.
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
	private static final byte[] DISCONNECT = { (byte) 0xE0, 0x00 };
	private static final int PROTOCOL_LEVEL_3_1_1 = 4;
	private static final int FLAGS_USER_PASSWORD_CLEAN = 0x80 | 0x40 | 0x02;
	private static final int KEEP_ALIVE_S = 60;

	private final Socket socket;

	private BareConnection(Socket socket) {
		this.socket = socket;
	}

	/**
	 * Connects and waits for the CONNACK.
	 *
	 * @throws RefusedException when the broker refuses the client
	 * @throws IOException      when the connection fails or nothing comes back in time
	 */
	static BareConnection open(Endpoint endpoint, String clientId, String password, int timeoutMs)
			throws IOException {
		Socket socket = new Socket();
		try {
			socket.setTcpNoDelay(true);
			socket.setSoTimeout(timeoutMs);
			socket.connect(new InetSocketAddress(LoopbackPorts.HOST, endpoint.port()), timeoutMs);
			socket.getOutputStream().write(connectPacket(clientId, password));
			DataInputStream in = new DataInputStream(socket.getInputStream());
			int type = in.read();
			int length = in.read();
			if (type < 0 || length < 0) {
				throw new EOFException("the broker closed the connection before its CONNACK");
			}
			if (type != CONNACK || length != 2) {
				throw new IOException("expected a CONNACK, got packet type 0x" + Integer.toHexString(type));
			}
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

	private static byte[] connectPacket(String clientId, String password) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		writeString(body, "MQTT".getBytes(StandardCharsets.UTF_8));
		body.write(PROTOCOL_LEVEL_3_1_1);
		body.write(FLAGS_USER_PASSWORD_CLEAN);
		body.write(KEEP_ALIVE_S >> 8);
		body.write(KEEP_ALIVE_S & 0xFF);
		byte[] id = clientId.getBytes(StandardCharsets.UTF_8);
		writeString(body, id);
		writeString(body, id);
		writeString(body, password.getBytes(StandardCharsets.UTF_8));
		ByteArrayOutputStream packet = new ByteArrayOutputStream(body.size() + 5);
		packet.write(CONNECT);
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
