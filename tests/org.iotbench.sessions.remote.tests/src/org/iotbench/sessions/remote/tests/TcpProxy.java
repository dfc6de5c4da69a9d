package org.iotbench.sessions.remote.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on a free loopback port in front of the broker, so that a test can cut a client's connection the way a
 * network failure does: the broker sees its socket close without DISCONNECT (and publishes the last will), the client
 * sees its connection drop. The relay keeps accepting, so the client can reconnect through it.
 */
final class TcpProxy implements AutoCloseable {

	private final ServerSocket server;
	private final int targetPort;
	private final List<Socket> sockets = new CopyOnWriteArrayList<>();
	private final Thread acceptor;

	TcpProxy(int targetPort) throws IOException {
		this.targetPort = targetPort;
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		acceptor = new Thread(this::accept, "test proxy to port " + targetPort);
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return server.getLocalPort();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				Socket broker = new Socket();
				try {
					broker.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 2_000);
				} catch (IOException e) {
					broker.close();
					client.close(); // the broker is down: like a refused connection, for the client
					continue;
				}
				sockets.add(client);
				sockets.add(broker);
				pump(client, broker);
				pump(broker, client);
			} catch (IOException e) {
				return; // closed
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[8192];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					out.write(buffer, 0, n);
					out.flush();
				}
			} catch (IOException e) {
				// cut, or the other side closed
			} finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "test proxy pump");
		thread.setDaemon(true);
		thread.start();
	}

	/** Closes every relayed connection at once, on both sides, without any MQTT packet. */
	void cutAll() {
		for (Socket socket : sockets) {
			closeQuietly(socket);
		}
		sockets.clear();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		} catch (IOException e) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		server.close();
		cutAll();
	}
}
