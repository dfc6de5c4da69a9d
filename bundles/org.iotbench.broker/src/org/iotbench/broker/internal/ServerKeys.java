package org.iotbench.broker.internal;

import java.security.cert.X509Certificate;

import org.iotbench.broker.CertificateSource;
import org.iotbench.core.tls.KeyMaterial;
import org.iotbench.core.tls.PemFiles;
import org.iotbench.core.tls.TlsSetupException;

/** The certificate and key the TLS listeners present, from where {@link CertificateSource} says. */
public final class ServerKeys {

	private ServerKeys() {
	}

	/**
	 * Reads the certificate chain and key; the LAN certificate is generated if needed.
	 *
	 * @throws TlsSetupException saying which file cannot be used and why
	 */
	public static KeyMaterial load(CertificateSource source) throws TlsSetupException {
		return switch (source.kind()) {
		case LAN -> new LanCertificate(source).keyMaterial();
		case PEM -> KeyMaterial.fromPem(source.certificate(), source.privateKey());
		case PKCS12 -> KeyMaterial.fromPkcs12(source.certificate(),
				source.password() == null ? null : source.password().toCharArray());
		};
	}

	/**
	 * The certificate devices see, as stored; nothing is generated.
	 *
	 * @throws TlsSetupException if it cannot be read (the LAN certificate before the first start with TLS, for one)
	 */
	public static X509Certificate presented(CertificateSource source) throws TlsSetupException {
		return switch (source.kind()) {
		case LAN, PEM -> PemFiles.certificates(source.certificate()).get(0);
		case PKCS12 -> load(source).certificate();
		};
	}
}
