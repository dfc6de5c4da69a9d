package org.iotbench.broker.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.CertificateSource;
import org.iotbench.broker.Messages;
import org.iotbench.core.AtomicFile;
import org.iotbench.core.tls.Fingerprint;
import org.iotbench.core.tls.KeyMaterial;
import org.iotbench.core.tls.PemFiles;
import org.iotbench.core.tls.TlsSetupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The self-signed certificate the broker presents on its TLS listeners unless the user has one: RSA 2048, valid for
 * two years, for every IPv4 address of this computer, its host name, {@code localhost} and {@code 127.0.0.1}. Devices
 * trust it by taking the certificate file as their CA file, so it is kept as long as it still names every LAN address
 * of this computer; it is generated again when it is missing, unreadable (the file is moved aside), expired, or when
 * the computer got an address it does not name. The key file is readable by its owner only.
 */
final class LanCertificate {

	private static final Logger LOG = LoggerFactory.getLogger(LanCertificate.class);
	private static final Duration VALIDITY = Duration.ofDays(730);
	/** Devices with a clock slightly behind must accept a certificate made a moment ago. */
	private static final Duration BACKDATE = Duration.ofHours(1);
	private static final int SAN_DNS = 2;
	private static final int SAN_IP = 7;

	private final Path certificateFile;
	private final Path keyFile;

	LanCertificate(CertificateSource source) {
		this.certificateFile = source.certificate();
		this.keyFile = source.privateKey();
	}

	/**
	 * The certificate and key, generated now if the stored ones cannot be used for the current addresses.
	 *
	 * @throws TlsSetupException if they can be neither read nor written
	 */
	KeyMaterial keyMaterial() throws TlsSetupException {
		List<String> addresses = new ArrayList<>(LanAddresses.ipv4());
		addresses.add(LanAddresses.LOOPBACK);
		KeyMaterial stored = stored();
		if (stored != null && covers(stored.certificate(), addresses)) {
			return stored;
		}
		return generate(addresses);
	}

	/** The stored certificate and key; {@code null} if missing or unreadable (an unreadable file is moved aside). */
	private KeyMaterial stored() throws TlsSetupException {
		if (!Files.exists(certificateFile) || !Files.exists(keyFile)) {
			return null;
		}
		boolean certificateReadable = readable(() -> PemFiles.certificates(certificateFile), certificateFile);
		boolean keyReadable = readable(() -> PemFiles.privateKey(keyFile), keyFile);
		if (!certificateReadable || !keyReadable) {
			return null;
		}
		try {
			return KeyMaterial.fromPem(certificateFile, keyFile);
		} catch (TlsSetupException mismatch) {
			// a key that does not belong to the certificate: keep both aside, they are of no use together
			quarantine(certificateFile, mismatch.getMessage());
			quarantine(keyFile, mismatch.getMessage());
			return null;
		}
	}

	@FunctionalInterface
	private interface Reading {
		Object read() throws TlsSetupException;
	}

	private static boolean readable(Reading reading, Path file) throws TlsSetupException {
		try {
			reading.read();
			return true;
		} catch (TlsSetupException e) {
			quarantine(file, e.getMessage());
			return false;
		}
	}

	private static void quarantine(Path file, String reason) throws TlsSetupException {
		try {
			Path aside = new AtomicFile(file).quarantine();
			LOG.warn("{}; the file was moved to {} and a new certificate is generated", reason, aside); //$NON-NLS-1$
		} catch (IOException e) {
			throw new TlsSetupException(NLS.bind(Messages.Failure_lanCertificate, file, e.toString()), e);
		}
	}

	/** Whether the certificate is valid for at least another day and names every address. */
	private static boolean covers(X509Certificate certificate, List<String> addresses) {
		try {
			certificate.checkValidity(Date.from(Instant.now().plus(Duration.ofDays(1))));
		} catch (CertificateException e) {
			return false;
		}
		Set<String> named = new HashSet<>();
		try {
			Collection<List<?>> names = certificate.getSubjectAlternativeNames();
			if (names != null) {
				for (List<?> name : names) {
					if (Integer.valueOf(SAN_IP).equals(name.get(0))) {
						named.add(String.valueOf(name.get(1)));
					}
				}
			}
		} catch (CertificateParsingException e) {
			return false;
		}
		return named.containsAll(addresses);
	}

	private KeyMaterial generate(List<String> addresses) throws TlsSetupException {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA"); //$NON-NLS-1$
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			X509Certificate certificate = certificate(pair, addresses);
			KeyMaterial generated = new KeyMaterial(pair.getPrivate(), List.of(certificate));
			store(generated);
			LOG.info("Generated the TLS certificate of the local broker: {}, SHA-256 {}, for {}", //$NON-NLS-1$
					certificateFile, Fingerprint.sha256(certificate), addresses);
			return generated;
		} catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
			throw new TlsSetupException(NLS.bind(Messages.Failure_lanCertificate, certificateFile, e.toString()), e);
		} catch (IOException e) {
			throw new TlsSetupException(NLS.bind(Messages.Failure_lanCertificate, certificateFile.getParent(),
					e.toString()), e);
		}
	}

	private static X509Certificate certificate(KeyPair pair, List<String> addresses)
			throws GeneralSecurityException, OperatorCreationException, CertIOException {
		String hostName = LanAddresses.hostName();
		String name = "IoT Workbench broker" + (hostName == null ? "" : " on " + hostName); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name)
				.addRDN(BCStyle.O, "IoT Workbench").build(); //$NON-NLS-1$
		List<GeneralName> names = new ArrayList<>();
		for (String address : addresses) {
			names.add(new GeneralName(SAN_IP, address));
		}
		names.add(new GeneralName(SAN_DNS, LanAddresses.LOCALHOST));
		if (hostName != null && !LanAddresses.LOCALHOST.equalsIgnoreCase(hostName)) {
			names.add(new GeneralName(SAN_DNS, hostName));
		}
		Instant now = Instant.now();
		BigInteger serial = new BigInteger(127, new SecureRandom()).add(BigInteger.ONE);
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial,
				Date.from(now.minus(BACKDATE)), Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
		JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
		// Its own authority: OpenSSL-based clients (mosquitto_sub --cafile, Python) then accept it as their CA file.
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
		builder.addExtension(Extension.keyUsage, true,
				new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment | KeyUsage.keyCertSign));
		builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
		builder.addExtension(Extension.subjectKeyIdentifier, false,
				extensions.createSubjectKeyIdentifier(pair.getPublic()));
		builder.addExtension(Extension.authorityKeyIdentifier, false,
				extensions.createAuthorityKeyIdentifier(pair.getPublic()));
		builder.addExtension(Extension.subjectAlternativeName, false,
				new GeneralNames(names.toArray(new GeneralName[0])));
		ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()); //$NON-NLS-1$
		return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
	}

	/** Writes the key first: a crash in between leaves a certificate that does not match, which is detected. */
	private void store(KeyMaterial generated) throws IOException, GeneralSecurityException {
		Path folder = certificateFile.getParent();
		if (!Files.isDirectory(folder)) {
			Files.createDirectories(folder);
			PosixFileAttributeView posix = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
			if (posix != null) { // on Windows the folder keeps the ACL it inherits from the user's profile
				posix.setPermissions(PosixFilePermissions.fromString("rwx------")); //$NON-NLS-1$
			}
		}
		byte[] key = PemFiles.encode("PRIVATE KEY", generated.key().getEncoded()) //$NON-NLS-1$
				.getBytes(StandardCharsets.US_ASCII);
		new AtomicFile(keyFile).write(out -> out.write(key));
		restrictToOwner(keyFile);
		byte[] certificate = PemFiles.encode("CERTIFICATE", generated.certificate().getEncoded()) //$NON-NLS-1$
				.getBytes(StandardCharsets.US_ASCII);
		new AtomicFile(certificateFile).write(out -> out.write(certificate));
		PosixFileAttributeView posix = Files.getFileAttributeView(certificateFile, PosixFileAttributeView.class);
		if (posix != null) {
			posix.setPermissions(PosixFilePermissions.fromString("rw-r--r--")); //$NON-NLS-1$
		}
	}

	/** Read and write for the owner only: POSIX permissions, or else an ACL with the owner alone (Windows). */
	private static void restrictToOwner(Path path) throws IOException {
		PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
		if (posix != null) {
			posix.setPermissions(PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
			return;
		}
		AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
		if (acl != null) {
			acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(acl.getOwner())
					.setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
		}
	}
}
