package org.iotbench.sessions.remote.tests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Mosquitto (Debian's {@code mosquitto} package) started by the test on free loopback ports, with a generated
 * configuration: no anonymous clients, one user in a password file, no persistence, and listeners for plain MQTT,
 * TLS, TLS with client certificates required, TLS with a certificate for another host name, WebSocket and secure
 * WebSocket. Tests are skipped when Mosquitto or OpenSSL is not installed.
 */
final class Mosquitto implements AutoCloseable {

	static final String HOST = "127.0.0.1";
	static final String USER = "device";
	static final String PASSWORD = "s3cret-pw";

	private static final long START_SECONDS = 10;
	private static final long STOP_SECONDS = 10;

	final Path folder;
	final TestPki pki;
	final int port;
	final int tlsPort;
	final int clientCertificatePort;
	final int otherNamePort;
	final int websocketPort;
	final int secureWebsocketPort;

	private final Path executable;
	private final Path configuration;
	private final Path log;
	private Process process;

	Mosquitto(Path folder) throws IOException, InterruptedException {
		executable = Tools.require("mosquitto", "mosquitto");
		Path passwd = Tools.require("mosquitto_passwd", "mosquitto");
		this.folder = folder;
		pki = new TestPki(folder.resolve("pki"));
		int[] ports = freePorts(6);
		port = ports[0];
		tlsPort = ports[1];
		clientCertificatePort = ports[2];
		otherNamePort = ports[3];
		websocketPort = ports[4];
		secureWebsocketPort = ports[5];
		Path passwords = folder.resolve("passwd");
		Tools.run(folder, passwd.toString(), "-c", "-b", passwords.toString(), USER, PASSWORD);
		log = folder.resolve("mosquitto.log");
		configuration = Files.writeString(folder.resolve("mosquitto.conf"), configuration(passwords));
		start();
	}

	private String configuration(Path passwords) {
		List<String> lines = new ArrayList<>(List.of( //
				"per_listener_settings false", //
				"allow_anonymous false", //
				"password_file " + passwords, //
				"persistence false", //
				"log_dest file " + log, //
				"log_type error", "log_type warning", "log_type notice", "log_type information", //
				"connection_messages true"));
		if ("root".equals(System.getProperty("user.name"))) {
			lines.add("user root"); // else Mosquitto switches to the user mosquitto, who cannot read these files
		}
		lines.add("listener " + port + ' ' + HOST);
		lines.add("listener " + tlsPort + ' ' + HOST);
		tls(lines, pki.serverCertificate, pki.serverKey);
		lines.add("listener " + clientCertificatePort + ' ' + HOST);
		tls(lines, pki.serverCertificate, pki.serverKey);
		lines.add("require_certificate true");
		lines.add("listener " + otherNamePort + ' ' + HOST);
		tls(lines, pki.otherServerCertificate, pki.otherServerKey);
		lines.add("listener " + websocketPort + ' ' + HOST);
		lines.add("protocol websockets");
		lines.add("listener " + secureWebsocketPort + ' ' + HOST);
		lines.add("protocol websockets");
		tls(lines, pki.serverCertificate, pki.serverKey);
		return String.join("\n", lines) + '\n';
	}

	private void tls(List<String> lines, Path certificate, Path key) {
		lines.add("cafile " + pki.caCertificate);
		lines.add("certfile " + certificate);
		lines.add("keyfile " + key);
	}

	private static int[] freePorts(int count) throws IOException {
		ServerSocket[] sockets = new ServerSocket[count];
		try {
			int[] ports = new int[count];
			for (int i = 0; i < count; i++) {
				sockets[i] = new ServerSocket(0);
				ports[i] = sockets[i].getLocalPort();
			}
			return ports;
		} finally {
			for (ServerSocket socket : sockets) {
				if (socket != null) {
					socket.close();
				}
			}
		}
	}

	/** Starts Mosquitto (again) on the same ports and waits until every listener accepts connections. */
	synchronized void start() throws IOException, InterruptedException {
		if (process != null && process.isAlive()) {
			return;
		}
		process = new ProcessBuilder(executable.toString(), "-c", configuration.toString())
				.directory(folder.toFile()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("mosquitto.out").toFile())).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
		for (int listener : new int[] { port, tlsPort, clientCertificatePort, otherNamePort, websocketPort,
				secureWebsocketPort }) {
			while (!accepts(listener)) {
				if (!process.isAlive()) {
					throw new IllegalStateException("mosquitto exited with " + process.exitValue() + ":\n" + output());
				}
				if (System.nanoTime() > deadline) {
					stop();
					throw new IllegalStateException("mosquitto did not listen on port " + listener + " within "
							+ START_SECONDS + " s:\n" + output());
				}
				Thread.sleep(20);
			}
		}
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(HOST, port), 200);
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	/** Stops Mosquitto (SIGTERM, then SIGKILL after 10 s); its clients see their connections close. */
	synchronized void stop() throws InterruptedException {
		if (process == null) {
			return;
		}
		process.destroy();
		if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(STOP_SECONDS, TimeUnit.SECONDS);
		}
		process = null;
	}

	/** Mosquitto's log and console output, for failure messages. */
	String output() {
		StringBuilder text = new StringBuilder();
		for (Path file : List.of(log, folder.resolve("mosquitto.out"))) {
			try {
				if (Files.exists(file)) {
					text.append(Files.readString(file));
				}
			} catch (IOException e) {
				text.append(file).append(": ").append(e).append('\n');
			}
		}
		return text.toString();
	}

	@Override
	public void close() {
		try {
			stop();
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}
}
