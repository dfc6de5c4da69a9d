package org.iotbench.core.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * Reads X.509 certificates (PEM or DER) and unencrypted PKCS#8 private keys (PEM or DER; RSA or EC), as OpenSSL and
 * most brokers' documentation produce them. Files that hold both a certificate and a key are fine. Writes PEM blocks
 * as OpenSSL does.
 */
public final class PemFiles {

	private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", //$NON-NLS-1$
			Pattern.DOTALL);
	private static final String[] KEY_ALGORITHMS = { "RSA", "EC" }; //$NON-NLS-1$ //$NON-NLS-2$

	private PemFiles() {
	}

	/**
	 * The certificates in a file, in file order (a certificate first, then the chain that issued it).
	 *
	 * @throws TlsSetupException if the file cannot be read or holds no certificate
	 */
	public static List<X509Certificate> certificates(Path file) throws TlsSetupException {
		byte[] bytes = read(file);
		List<X509Certificate> certificates = new ArrayList<>();
		try {
			CertificateFactory factory = CertificateFactory.getInstance("X.509"); //$NON-NLS-1$
			List<byte[]> blocks = pemBlocks(bytes, "CERTIFICATE"); //$NON-NLS-1$
			if (blocks.isEmpty() && !isPem(bytes)) {
				blocks = List.of(bytes); // DER
			}
			for (byte[] der : blocks) {
				for (Certificate certificate : factory.generateCertificates(new ByteArrayInputStream(der))) {
					certificates.add((X509Certificate) certificate);
				}
			}
		} catch (CertificateException | IllegalArgumentException e) {
			throw new TlsSetupException(NLS.bind(Messages.Tls_unreadable, file, e.getMessage()), e);
		}
		if (certificates.isEmpty()) {
			throw new TlsSetupException(NLS.bind(Messages.Tls_noCertificate, file));
		}
		return certificates;
	}

	/**
	 * The private key in a file.
	 *
	 * @throws TlsSetupException if the file cannot be read, holds no key, an encrypted key, a key in the traditional
	 *                           OpenSSL format ({@code BEGIN RSA PRIVATE KEY}), or one that is neither RSA nor EC
	 */
	public static PrivateKey privateKey(Path file) throws TlsSetupException {
		byte[] bytes = read(file);
		if (!isPem(bytes)) {
			return pkcs8(bytes, file); // DER
		}
		Matcher block = BLOCK.matcher(new String(bytes, StandardCharsets.US_ASCII));
		while (block.find()) {
			switch (block.group(1)) {
			case "PRIVATE KEY": //$NON-NLS-1$
				return pkcs8(decode(block.group(2), file), file);
			case "ENCRYPTED PRIVATE KEY": //$NON-NLS-1$
				throw new TlsSetupException(NLS.bind(Messages.Tls_encryptedKey, file));
			case "RSA PRIVATE KEY": //$NON-NLS-1$
				throw new TlsSetupException(NLS.bind(Messages.Tls_oldKeyFormat, file, "RSA")); //$NON-NLS-1$
			case "EC PRIVATE KEY": //$NON-NLS-1$
				throw new TlsSetupException(NLS.bind(Messages.Tls_oldKeyFormat, file, "EC")); //$NON-NLS-1$
			default:
				// a certificate or parameters beside the key
			}
		}
		throw new TlsSetupException(NLS.bind(Messages.Tls_noKey, file));
	}

	/**
	 * Checks that a private key belongs to a certificate, by signing with one and verifying with the other, so that a
	 * mix-up is reported here rather than as a failed handshake.
	 */
	public static void checkPair(PrivateKey key, X509Certificate certificate, Path keyFile, Path certificateFile)
			throws TlsSetupException {
		String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		byte[] challenge = new byte[32];
		new SecureRandom().nextBytes(challenge);
		boolean matches;
		try {
			Signature signer = Signature.getInstance(algorithm);
			signer.initSign(key);
			signer.update(challenge);
			byte[] signature = signer.sign();
			Signature verifier = Signature.getInstance(algorithm);
			verifier.initVerify(certificate.getPublicKey());
			verifier.update(challenge);
			matches = verifier.verify(signature);
		} catch (GeneralSecurityException e) {
			matches = false; // for instance an EC key with an RSA certificate
		}
		if (!matches) {
			throw new TlsSetupException(NLS.bind(Messages.Tls_keyMismatch, keyFile, certificateFile));
		}
	}

	/**
	 * One PEM block: the DER bytes in Base64, 64 characters a line, between {@code BEGIN} and {@code END} lines.
	 *
	 * @param type for instance {@code CERTIFICATE} or {@code PRIVATE KEY}
	 */
	public static String encode(String type, byte[] der) {
		String base64 = Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der);
		String begin = "-----BEGIN " + type + "-----\n"; //$NON-NLS-1$ //$NON-NLS-2$
		return begin + base64 + "\n-----END " + type + "-----\n"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static PrivateKey pkcs8(byte[] der, Path file) throws TlsSetupException {
		PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
		for (String algorithm : KEY_ALGORITHMS) {
			try {
				return KeyFactory.getInstance(algorithm).generatePrivate(spec);
			} catch (InvalidKeySpecException e) {
				// not this algorithm (or not a key at all): try the next
			} catch (GeneralSecurityException e) {
				throw new TlsSetupException(NLS.bind(Messages.Tls_unreadable, file, e.getMessage()), e);
			}
		}
		throw new TlsSetupException(NLS.bind(Messages.Tls_unsupportedKey, file));
	}

	private static List<byte[]> pemBlocks(byte[] bytes, String type) throws CertificateException {
		List<byte[]> blocks = new ArrayList<>();
		Matcher block = BLOCK.matcher(new String(bytes, StandardCharsets.US_ASCII));
		while (block.find()) {
			if (type.equals(block.group(1))) {
				try {
					blocks.add(Base64.getMimeDecoder().decode(block.group(2).trim()));
				} catch (IllegalArgumentException e) {
					throw new CertificateException(e.getMessage(), e);
				}
			}
		}
		return blocks;
	}

	private static byte[] decode(String base64, Path file) throws TlsSetupException {
		try {
			return Base64.getMimeDecoder().decode(base64.trim());
		} catch (IllegalArgumentException e) {
			throw new TlsSetupException(NLS.bind(Messages.Tls_unreadable, file, e.getMessage()), e);
		}
	}

	private static boolean isPem(byte[] bytes) {
		return new String(bytes, StandardCharsets.US_ASCII).contains("-----BEGIN "); //$NON-NLS-1$
	}

	private static byte[] read(Path file) throws TlsSetupException {
		try {
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new TlsSetupException(NLS.bind(Messages.Tls_unreadable, file, e.toString()), e);
		}
	}
}
