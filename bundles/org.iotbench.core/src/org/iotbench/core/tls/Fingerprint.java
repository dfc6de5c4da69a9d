package org.iotbench.core.tls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.util.HexFormat;

/** The SHA-256 fingerprint of a certificate, as browsers and {@code openssl x509 -fingerprint -sha256} show it. */
public final class Fingerprint {

	private Fingerprint() {
	}

	/** @return upper-case hex pairs separated by colons, for instance {@code 3A:7F:...} */
	public static String sha256(Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()); //$NON-NLS-1$
			return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException | CertificateEncodingException e) {
			throw new IllegalStateException(e);
		}
	}
}
