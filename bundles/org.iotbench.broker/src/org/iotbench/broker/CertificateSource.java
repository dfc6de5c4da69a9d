package org.iotbench.broker;

import java.nio.file.Path;

import org.iotbench.core.DataLocation;

/**
 * Where the certificate and private key of the TLS and secure WebSocket listeners come from.
 *
 * @param kind        generated for the LAN, or the user's own PEM or PKCS#12 files
 * @param certificate {@link Kind#LAN}: the generated certificate, the file devices need as their CA file;
 *                    {@link Kind#PEM}: the certificate followed by its chain; {@link Kind#PKCS12}: the PKCS#12 file
 * @param privateKey  {@link Kind#LAN}: the generated key; {@link Kind#PEM}: the unencrypted PKCS#8 key;
 *                    {@link Kind#PKCS12}: {@code null}
 * @param password    the password of a PKCS#12 file ({@code null} for none); not part of {@link #toString()}
 */
public record CertificateSource(Kind kind, Path certificate, Path privateKey, String password) {

	/** The folder of the generated certificate, in the data folder. */
	public static final String LAN_FOLDER = "broker-tls"; //$NON-NLS-1$
	public static final String LAN_CERTIFICATE = "lan-certificate.pem"; //$NON-NLS-1$
	public static final String LAN_KEY = "lan-key.pem"; //$NON-NLS-1$

	public enum Kind {
		/** A self-signed certificate the workbench generates for the addresses of this computer. */
		LAN,
		/** The user's certificate chain and private key in PEM files. */
		PEM,
		/** The user's certificate chain and private key in a PKCS#12 file with a password. */
		PKCS12
	}

	/** The certificate generated in (and kept in) {@code folder}. */
	public static CertificateSource lan(Path folder) {
		return new CertificateSource(Kind.LAN, folder.resolve(LAN_CERTIFICATE), folder.resolve(LAN_KEY), null);
	}

	/** The certificate generated in the {@value #LAN_FOLDER} folder of the workbench's data folder. */
	public static CertificateSource lan(DataLocation data) {
		return lan(data.root().resolve(LAN_FOLDER));
	}

	public static CertificateSource pem(Path certificateChain, Path privateKey) {
		return new CertificateSource(Kind.PEM, certificateChain, privateKey, null);
	}

	public static CertificateSource pkcs12(Path file, String password) {
		return new CertificateSource(Kind.PKCS12, file, null, password);
	}

	/** Whether the workbench makes the certificate itself. */
	public boolean generated() {
		return kind == Kind.LAN;
	}

	/**
	 * Reads the certificate chain and key as the TLS listeners will; the LAN certificate is generated if needed.
	 *
	 * @throws org.iotbench.core.tls.TlsSetupException saying which file cannot be used and why
	 */
	public void check() throws org.iotbench.core.tls.TlsSetupException {
		org.iotbench.broker.internal.ServerKeys.load(this);
	}

	/**
	 * The certificate devices see, as stored; nothing is generated.
	 *
	 * @throws org.iotbench.core.tls.TlsSetupException if it cannot be read (the LAN certificate before the first start
	 *                                                  with TLS, for one)
	 */
	public java.security.cert.X509Certificate presented() throws org.iotbench.core.tls.TlsSetupException {
		return org.iotbench.broker.internal.ServerKeys.presented(this);
	}

	@Override
	public String toString() {
		String key = privateKey == null ? "" : ", " + privateKey; //$NON-NLS-1$ //$NON-NLS-2$
		return "CertificateSource[" + kind + ", " + certificate + key + ']'; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
