package org.iotbench.sessions.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

import org.iotbench.core.tls.PemFiles;
import org.iotbench.core.tls.TlsSetupException;
import org.iotbench.sessions.RemoteSettings.TlsSettings;
import org.iotbench.sessions.internal.remote.TlsContextFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Certificates and keys as OpenSSL writes them. Skipped without OpenSSL. */
class PemFilesTest {

	@TempDir
	static Path folder;
	private static TestPki pki;

	@BeforeAll
	static void createPki() throws Exception {
		pki = new TestPki(folder);
	}

	@Test
	void readsEcAndRsaKeysAndTheirCertificates() throws Exception {
		PrivateKey ec = PemFiles.privateKey(pki.clientKey);
		assertEquals("EC", ec.getAlgorithm());
		PrivateKey rsa = PemFiles.privateKey(pki.rsaClientKey);
		assertEquals("RSA", rsa.getAlgorithm());
		List<X509Certificate> certificates = PemFiles.certificates(pki.clientCertificate);
		assertEquals(1, certificates.size());
		assertEquals("CN=device", certificates.get(0).getSubjectX500Principal().getName());
		PemFiles.checkPair(ec, certificates.get(0), pki.clientKey, pki.clientCertificate);
		PemFiles.checkPair(rsa, PemFiles.certificates(pki.rsaClientCertificate).get(0), pki.rsaClientKey,
				pki.rsaClientCertificate);
	}

	@Test
	void readsDerAndCombinedFiles() throws Exception {
		Path derKey = folder.resolve("client-key.der");
		pki.openssl("pkcs8", "-topk8", "-nocrypt", "-in", pki.clientKey.toString(), "-outform", "DER", "-out",
				derKey.toString());
		assertEquals("EC", PemFiles.privateKey(derKey).getAlgorithm());
		Path derCertificate = folder.resolve("client.der");
		pki.openssl("x509", "-in", pki.clientCertificate.toString(), "-outform", "DER", "-out",
				derCertificate.toString());
		assertEquals(1, PemFiles.certificates(derCertificate).size());
		Path combined = Files.writeString(folder.resolve("combined.pem"), Files.readString(pki.clientKey)
				+ Files.readString(pki.clientCertificate) + Files.readString(pki.caCertificate));
		assertEquals(2, PemFiles.certificates(combined).size(), "the certificate and its chain");
		assertNotNull(PemFiles.privateKey(combined));
	}

	@Test
	void unusableKeysAreExplained() throws Exception {
		Path encrypted = folder.resolve("encrypted.pem");
		pki.openssl("pkcs8", "-topk8", "-in", pki.clientKey.toString(), "-out", encrypted.toString(), "-passout",
				"pass:secret");
		assertEquals(encrypted + " holds an encrypted private key; store it unencrypted, for instance with: "
				+ "openssl pkcs8 -topk8 -nocrypt -in " + encrypted + " -out key.pem",
				assertThrows(TlsSetupException.class, () -> PemFiles.privateKey(encrypted)).getMessage());
		Path traditional = folder.resolve("traditional.pem");
		pki.openssl("ec", "-in", pki.clientKey.toString(), "-out", traditional.toString());
		assertEquals(traditional + " holds a private key in the traditional OpenSSL format (\"BEGIN EC PRIVATE KEY\"); "
				+ "convert it to PKCS#8 with: "
				+ "openssl pkcs8 -topk8 -nocrypt -in " + traditional + " -out key.pem",
				assertThrows(TlsSetupException.class, () -> PemFiles.privateKey(traditional)).getMessage());
		assertEquals(pki.caCertificate + " contains no private key",
				assertThrows(TlsSetupException.class, () -> PemFiles.privateKey(pki.caCertificate)).getMessage());
		assertEquals(pki.clientKey + " contains no certificate",
				assertThrows(TlsSetupException.class, () -> PemFiles.certificates(pki.clientKey)).getMessage());
		PrivateKey rsa = PemFiles.privateKey(pki.rsaClientKey);
		X509Certificate ecCertificate = PemFiles.certificates(pki.clientCertificate).get(0);
		assertThrows(TlsSetupException.class,
				() -> PemFiles.checkPair(rsa, ecCertificate, pki.rsaClientKey, pki.clientCertificate));
	}

	@Test
	void socketFactoriesForEachTrustMode() throws Exception {
		assertNotNull(TlsContextFactory.socketFactory(TlsSettings.SYSTEM));
		assertNotNull(TlsContextFactory.socketFactory(TlsSettings.caFile(pki.caCertificate)
				.withClientCertificate(pki.rsaClientCertificate, pki.rsaClientKey)));
	}
}
