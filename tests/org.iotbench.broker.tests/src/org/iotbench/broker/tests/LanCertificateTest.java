package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;

import org.iotbench.broker.BrokerState;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.broker.CertificateSource;
import org.iotbench.core.tls.Fingerprint;
import org.iotbench.core.tls.PemFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The certificate the broker generates for the LAN: what it names, that it is kept across starts (devices pinned it),
 * and that it is made again when it cannot be used, the broken file kept aside.
 */
class LanCertificateTest {

	private static final int SAN_DNS = 2;
	private static final int SAN_IP = 7;

	@TempDir
	Path folder;
	private Path tlsFolder;
	private Path certificateFile;
	private LocalBrokerFixture fixture;
	private int tlsPort;

	@BeforeEach
	void start() throws Exception {
		tlsFolder = folder.resolve(CertificateSource.LAN_FOLDER);
		certificateFile = tlsFolder.resolve(CertificateSource.LAN_CERTIFICATE);
		tlsPort = TlsClient.freePorts(1)[0];
	}

	private void startBroker() throws Exception {
		fixture = new LocalBrokerFixture(folder,
				settings -> settings.withTlsPort(tlsPort).withCertificate(CertificateSource.lan(tlsFolder)));
	}

	@AfterEach
	void stop() {
		if (fixture != null) {
			fixture.close();
		}
	}

	private BrokerStatus restart() {
		BrokerStatus status = fixture.broker.restart();
		assertEquals(BrokerState.RUNNING, status.state(), status.summary());
		return status;
	}

	private static String fingerprint(Path file) throws Exception {
		return Fingerprint.sha256(PemFiles.certificates(file).get(0));
	}

	private static List<Object> names(X509Certificate certificate, int type) throws Exception {
		return certificate.getSubjectAlternativeNames().stream().filter(n -> n.get(0).equals(type)).map(n -> n.get(1))
				.map(Object.class::cast).toList();
	}

	private List<Path> asideFiles() throws Exception {
		try (Stream<Path> files = Files.list(tlsFolder)) {
			String prefix = CertificateSource.LAN_CERTIFICATE + ".corrupt-";
			return files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
		}
	}

	@Test
	void theCertificateNamesLoopbackAndLocalhostAndIsKeptAcrossRestarts() throws Exception {
		startBroker();
		X509Certificate certificate = PemFiles.certificates(certificateFile).get(0);
		assertTrue(names(certificate, SAN_IP).contains("127.0.0.1"), "IP addresses: " + names(certificate, SAN_IP));
		assertTrue(names(certificate, SAN_DNS).contains("localhost"), "DNS names: " + names(certificate, SAN_DNS));
		assertTrue(certificate.getNotAfter().getTime() - System.currentTimeMillis() > 700L * 24 * 3600 * 1000,
				"valid for about two years: " + certificate.getNotAfter());
		String first = fingerprint(certificateFile);
		assertEquals(first, Fingerprint.sha256(TlsClient.presented(tlsPort)));

		restart();

		assertEquals(first, fingerprint(certificateFile), "the same certificate: devices pinned it");
		assertEquals(first, Fingerprint.sha256(TlsClient.presented(tlsPort)));
		assertTrue(asideFiles().isEmpty());
	}

	@Test
	void theKeyIsReadableByItsOwnerOnly() throws Exception {
		startBroker();
		Path keyFile = tlsFolder.resolve(CertificateSource.LAN_KEY);
		PosixFileAttributeView posix = Files.getFileAttributeView(keyFile, PosixFileAttributeView.class);
		Assumptions.assumeTrue(posix != null, "POSIX permissions only");

		assertEquals("rw-------", PosixFilePermissions.toString(posix.readAttributes().permissions()));
		assertTrue(Files.readString(keyFile).startsWith("-----BEGIN PRIVATE KEY-----"));
	}

	@Test
	void aCorruptCertificateIsMovedAsideAndGeneratedAgain() throws Exception {
		startBroker();
		String first = fingerprint(certificateFile);
		Files.writeString(certificateFile, "-----BEGIN CERTIFICATE-----\nbroken\n-----END CERTIFICATE-----\n");

		restart();

		String second = fingerprint(certificateFile);
		assertNotEquals(first, second, "a new certificate");
		assertEquals(second, Fingerprint.sha256(TlsClient.presented(tlsPort)));
		List<Path> aside = asideFiles();
		assertEquals(1, aside.size(), "the corrupt file is kept: " + aside);
		assertTrue(Files.readString(aside.get(0)).contains("broken"));
	}

	@Test
	void aCertificateThatDoesNotNameThisComputerIsReplaced() throws Exception {
		TestCertificate elsewhere = TestCertificate.create(folder.resolve("old"), "old-laptop", "10.99.99.99");
		Files.createDirectories(tlsFolder);
		Files.copy(elsewhere.certificateFile(), certificateFile);
		Files.copy(elsewhere.keyFile(), tlsFolder.resolve(CertificateSource.LAN_KEY));

		startBroker();

		X509Certificate now = PemFiles.certificates(certificateFile).get(0);
		assertNotEquals(Fingerprint.sha256(elsewhere.certificate()), Fingerprint.sha256(now));
		assertTrue(names(now, SAN_IP).contains("127.0.0.1"));
		assertTrue(asideFiles().isEmpty(), "a valid certificate for other addresses is not corrupt");
	}
}
