package org.iotbench.broker.tests;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.iotbench.core.tls.PemFiles;

/** The client side of TLS as a device sets it up: trust in a CA file, and a look at what the server presents. */
final class TlsClient {

	private TlsClient() {
	}

	/** Sockets that trust only the certificates in a PEM file, as a device given that file as its CA file. */
	static SSLSocketFactory trusting(Path caFile) throws Exception {
		KeyStore trusted = KeyStore.getInstance("PKCS12");
		trusted.load(null, null);
		int i = 0;
		for (X509Certificate certificate : PemFiles.certificates(caFile)) {
			trusted.setCertificateEntry("ca-" + i++, certificate);
		}
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trusted);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);
		return context.getSocketFactory();
	}

	/** The certificate the server on a loopback port presents in a TLS handshake, whoever signed it. */
	static X509Certificate presented(int port) throws Exception {
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, new TrustManager[] { new AnyServer() }, null);
		try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(5_000);
			socket.startHandshake();
			return (X509Certificate) socket.getSession().getPeerCertificates()[0];
		}
	}

	/** {@code count} different ports that were free a moment ago. */
	static int[] freePorts(int count) throws Exception {
		List<ServerSocket> sockets = new ArrayList<>();
		try {
			int[] ports = new int[count];
			for (int i = 0; i < count; i++) {
				ServerSocket socket = new ServerSocket(0);
				sockets.add(socket);
				ports[i] = socket.getLocalPort();
			}
			return ports;
		} finally {
			for (ServerSocket socket : sockets) {
				socket.close();
			}
		}
	}

	/** Accepts any server certificate: only to look at what a server presents, never to send data. */
	private static final class AnyServer implements X509TrustManager {

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) {
			// looked at by the caller
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}
	}
}
