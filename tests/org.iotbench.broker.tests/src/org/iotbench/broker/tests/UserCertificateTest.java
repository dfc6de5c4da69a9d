package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.iotbench.broker.BrokerSettings;
import org.iotbench.broker.BrokerState;
import org.iotbench.broker.BrokerStatus;
import org.iotbench.broker.CertificateSource;
import org.iotbench.core.tls.Fingerprint;
import org.iotbench.tests.support.Device;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's own certificate and key, in PEM files or a PKCS#12 file: the broker presents them, or says why not. */
class UserCertificateTest {

	@TempDir
	Path folder;
	private LocalBrokerFixture fixture;
	private TestCertificate mine;
	private int tlsPort;

	@BeforeEach
	void start() throws Exception {
		fixture = new LocalBrokerFixture(folder);
		fixture.registry.register("Sensor", "sensor", "pwd".toCharArray(), "");
		fixture.registry.register("Laptop", "watcher", "pwd".toCharArray(), "");
		mine = TestCertificate.create(folder.resolve("mine"), "my-broker", "127.0.0.1");
		tlsPort = TlsClient.freePorts(1)[0];
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	private BrokerStatus startWith(CertificateSource certificate) {
		BrokerSettings settings = fixture.broker.status().settings().withTlsPort(tlsPort).withCertificate(certificate);
		return fixture.broker.start(settings);
	}

	@Test
	void thePemCertificateIsTheOneTheServerPresents() throws Exception {
		BrokerStatus status = startWith(CertificateSource.pem(mine.certificateFile(), mine.keyFile()));

		assertEquals(BrokerState.RUNNING, status.state(), status.summary());
		assertEquals(Fingerprint.sha256(mine.certificate()), Fingerprint.sha256(TlsClient.presented(tlsPort)));
		try (Device watcher = new Device("ssl://127.0.0.1:" + tlsPort, "watcher");
				Device sensor = new Device(fixture.port, "sensor")) {
			watcher.connectAsEsp32("pwd", TlsClient.trusting(mine.certificateFile()));
			watcher.client.subscribe("sensors/#", 1);
			sensor.connectAsEsp32("pwd");
			sensor.publish("sensors/door", "open");
			assertTrue(watcher.awaitMessages(1), "a client trusting my certificate receives over TLS");
		}
	}

	@Test
	void thePkcs12CertificateIsTheOneTheServerPresents() throws Exception {
		Path p12 = mine.writePkcs12(folder.resolve("mine.p12"), "s3cret");

		BrokerStatus status = startWith(CertificateSource.pkcs12(p12, "s3cret"));

		assertEquals(BrokerState.RUNNING, status.state(), status.summary());
		assertEquals(Fingerprint.sha256(mine.certificate()), Fingerprint.sha256(TlsClient.presented(tlsPort)));
		assertTrue(!status.settings().toString().contains("s3cret"), "no password in " + status.settings());
	}

	@Test
	void aKeyOfAnotherCertificateIsReportedWithItsFile() throws Exception {
		TestCertificate other = TestCertificate.create(folder.resolve("other"), "other", "127.0.0.1");

		BrokerStatus status = startWith(CertificateSource.pem(mine.certificateFile(), other.keyFile()));

		assertEquals(BrokerState.FAILED, status.state());
		assertEquals("the certificate of the TLS listeners cannot be used: the private key in " + other.keyFile()
				+ " does not belong to the certificate in " + mine.certificateFile(), status.reason());
		assertTrue(status.endpoints().isEmpty());
	}

	@Test
	void aWrongPkcs12PasswordIsReportedWithTheFile() throws Exception {
		Path p12 = mine.writePkcs12(folder.resolve("mine.p12"), "s3cret");

		BrokerStatus status = startWith(CertificateSource.pkcs12(p12, "wrong"));

		assertEquals(BrokerState.FAILED, status.state());
		assertTrue(status.reason().contains(p12 + " cannot be opened with this password"), status.reason());
	}
}
