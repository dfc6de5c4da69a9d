package org.iotbench.sessions.remote.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A throw-away certificate authority made with OpenSSL for one test class: server certificates for 127.0.0.1 and
 * localhost (and one for another name), and client certificates with EC and RSA keys. Keys are unencrypted PKCS#8.
 */
final class TestPki {

	private static final String CONFIG = """
			[req]
			distinguished_name = dn
			prompt = no
			[dn]
			CN = IoT Workbench test
			[ca]
			basicConstraints = critical,CA:TRUE
			keyUsage = critical,keyCertSign,cRLSign
			subjectKeyIdentifier = hash
			[server]
			basicConstraints = CA:FALSE
			keyUsage = critical,digitalSignature,keyEncipherment
			extendedKeyUsage = serverAuth
			subjectAltName = IP:127.0.0.1,DNS:localhost
			[other_server]
			basicConstraints = CA:FALSE
			keyUsage = critical,digitalSignature,keyEncipherment
			extendedKeyUsage = serverAuth
			subjectAltName = DNS:broker.example
			[client]
			basicConstraints = CA:FALSE
			keyUsage = critical,digitalSignature,keyEncipherment
			extendedKeyUsage = clientAuth
			""";

	final Path folder;
	final Path openssl;
	final Path caCertificate;
	final Path serverCertificate;
	final Path serverKey;
	/** A server certificate for broker.example only: a client connecting to 127.0.0.1 must refuse it. */
	final Path otherServerCertificate;
	final Path otherServerKey;
	final Path clientCertificate;
	final Path clientKey;
	final Path rsaClientCertificate;
	final Path rsaClientKey;

	private final Path config;
	private int serial = (int) (System.nanoTime() & 0xFFFFFF);

	TestPki(Path folder) throws IOException, InterruptedException {
		this.folder = Files.createDirectories(folder);
		openssl = Tools.require("openssl", "openssl");
		config = Files.writeString(folder.resolve("openssl.cnf"), CONFIG);
		caCertificate = folder.resolve("ca.crt");
		Path caKey = folder.resolve("ca.key");
		Tools.run(folder, openssl.toString(), "req", "-x509", "-config", config.toString(), "-extensions", "ca",
				"-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2", "-subj",
				"/CN=IoT Workbench test CA", "-keyout", caKey.toString(), "-out", caCertificate.toString());
		serverCertificate = folder.resolve("server.crt");
		serverKey = folder.resolve("server.key");
		issue("server", "/CN=127.0.0.1", ecKey(), serverKey, serverCertificate, caKey);
		otherServerCertificate = folder.resolve("other-server.crt");
		otherServerKey = folder.resolve("other-server.key");
		issue("other_server", "/CN=broker.example", ecKey(), otherServerKey, otherServerCertificate, caKey);
		clientCertificate = folder.resolve("client.crt");
		clientKey = folder.resolve("client.key");
		issue("client", "/CN=device", ecKey(), clientKey, clientCertificate, caKey);
		rsaClientCertificate = folder.resolve("rsa-client.crt");
		rsaClientKey = folder.resolve("rsa-client.key");
		issue("client", "/CN=rsa-device", new String[] { "-newkey", "rsa:2048" }, rsaClientKey,
				rsaClientCertificate, caKey);
	}

	private static String[] ecKey() {
		return new String[] { "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256" };
	}

	private void issue(String extensions, String subject, String[] newKey, Path key, Path certificate, Path caKey)
			throws IOException, InterruptedException {
		Path request = folder.resolve(certificate.getFileName() + ".csr");
		String[] head = { openssl.toString(), "req", "-new", "-config", config.toString() };
		String[] tail = { "-nodes", "-subj", subject, "-keyout", key.toString(), "-out", request.toString() };
		Tools.run(folder, concat(concat(head, newKey), tail));
		Tools.run(folder, openssl.toString(), "x509", "-req", "-in", request.toString(), "-CA",
				caCertificate.toString(), "-CAkey", caKey.toString(), "-set_serial", Integer.toString(++serial),
				"-days", "2", "-extfile", config.toString(), "-extensions", extensions, "-out",
				certificate.toString());
	}

	/** Runs OpenSSL in the PKI's folder, for tests that need other key formats. */
	void openssl(String... arguments) throws IOException, InterruptedException {
		Tools.run(folder, concat(new String[] { openssl.toString() }, arguments));
	}

	private static String[] concat(String[] a, String[] b) {
		String[] all = new String[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
