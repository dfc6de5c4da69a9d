package org.iotbench.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Ports on 127.0.0.1: finding a free one, waiting until a broker listens on one. */
final class LoopbackPorts {

	static final String HOST = "127.0.0.1";

	private static final int PROBE_TIMEOUT_MS = 200;
	private static final long PROBE_PAUSE_MS = 50;

	private LoopbackPorts() {
	}

	/** A port nobody listens on right now. */
	static int free() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
			return socket.getLocalPort();
		}
	}

	/**
	 * Waits until the port accepts connections.
	 *
	 * @param alive whether it is still worth waiting (the broker process has not died)
	 * @return whether the port accepted a connection in time
	 */
	static boolean awaitOpen(int port, Duration timeout, BooleanSupplier alive) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (alive.getAsBoolean()) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(HOST, port), PROBE_TIMEOUT_MS);
				return true;
			} catch (IOException e) {
				if (System.nanoTime() - deadline > 0) {
					return false;
				}
				TimeUnit.MILLISECONDS.sleep(PROBE_PAUSE_MS);
			}
		}
		return false;
	}
}
