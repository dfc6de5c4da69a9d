package org.iotbench.broker.tests;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.iotbench.core.tls.PemFiles;

/**
 * A self-signed EC certificate made by a test, as a user would bring one: PEM certificate and PKCS#8 key files, and
 * on request a PKCS#12 file.
 */
record TestCertificate(X509Certificate certificate, KeyPair keys, Path certificateFile, Path keyFile) {

	/** Makes one for {@code CN=commonName} and the IP addresses, and writes its PEM files into {@code folder}. */
	static TestCertificate create(Path folder, String commonName, String... ipAddresses) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(256);
		KeyPair keys = generator.generateKeyPair();
		X500Name subject = new X500Name("CN=" + commonName);
		List<GeneralName> names = new ArrayList<>();
		for (String address : ipAddresses) {
			names.add(new GeneralName(GeneralName.iPAddress, address));
		}
		Instant now = Instant.now();
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
				BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofHours(1))),
				Date.from(now.plus(Duration.ofDays(30))), subject, keys.getPublic());
		builder.addExtension(Extension.subjectAlternativeName, false,
				new GeneralNames(names.toArray(new GeneralName[0])));
		X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
		Files.createDirectories(folder);
		Path certificateFile = Files.writeString(folder.resolve(commonName + ".crt.pem"),
				PemFiles.encode("CERTIFICATE", certificate.getEncoded()), StandardCharsets.US_ASCII);
		Path keyFile = Files.writeString(folder.resolve(commonName + ".key.pem"),
				PemFiles.encode("PRIVATE KEY", keys.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
		return new TestCertificate(certificate, keys, certificateFile, keyFile);
	}

	/** Writes certificate and key into a PKCS#12 file protected by {@code password}. */
	Path writePkcs12(Path file, String password) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		store.setKeyEntry("server", keys.getPrivate(), password.toCharArray(), new X509Certificate[] { certificate });
		try (OutputStream out = Files.newOutputStream(file)) {
			store.store(out, password.toCharArray());
		}
		return file;
	}
}
