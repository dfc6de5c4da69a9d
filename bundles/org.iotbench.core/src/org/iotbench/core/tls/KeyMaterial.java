package org.iotbench.core.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * A private key with the certificate that holds its public key, followed by the chain that issued it: what a TLS
 * server presents.
 *
 * @param key   the private key
 * @param chain the certificate first, then its issuers; never empty
 */
public record KeyMaterial(PrivateKey key, List<X509Certificate> chain) {

	public KeyMaterial {
		chain = List.copyOf(chain);
		if (chain.isEmpty()) {
			throw new IllegalArgumentException("a key needs its certificate"); //$NON-NLS-1$
		}
	}

	/** The certificate of the key. */
	public X509Certificate certificate() {
		return chain.get(0);
	}

	/** The certificate's subject only: never the key. */
	@Override
	public String toString() {
		return "KeyMaterial[" + certificate().getSubjectX500Principal() + "]"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Reads a certificate chain and its private key from PEM (or DER) files as {@link PemFiles} describes them, and
	 * checks that they belong together.
	 *
	 * @throws TlsSetupException saying which file cannot be used and why
	 */
	public static KeyMaterial fromPem(Path chainFile, Path keyFile) throws TlsSetupException {
		List<X509Certificate> chain = PemFiles.certificates(chainFile);
		PrivateKey key = PemFiles.privateKey(keyFile);
		PemFiles.checkPair(key, chain.get(0), keyFile, chainFile);
		return new KeyMaterial(key, chain);
	}

	/**
	 * Reads the first private key and its chain from a PKCS#12 file ({@code .p12}, {@code .pfx}).
	 *
	 * @param password the password of the file and of the key; {@code null} or empty for none
	 * @throws TlsSetupException saying which file cannot be used and why
	 */
	public static KeyMaterial fromPkcs12(Path file, char[] password) throws TlsSetupException {
		char[] secret = password == null ? new char[0] : password;
		KeyStore store;
		try (InputStream in = Files.newInputStream(file)) {
			store = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
			store.load(in, secret);
		} catch (FileSystemException e) {
			throw new TlsSetupException(NLS.bind(Messages.Tls_unreadable, file, e.toString()), e);
		} catch (IOException e) {
			// a wrong password, or bytes that are not PKCS#12 at all: the runtime cannot tell them apart
			throw new TlsSetupException(NLS.bind(Messages.Tls_wrongPassword, file, describe(e)), e);
		} catch (GeneralSecurityException e) {
			throw new TlsSetupException(NLS.bind(Messages.Tls_unreadable, file, describe(e)), e);
		}
		try {
			for (String alias : Collections.list(store.aliases())) {
				if (!store.isKeyEntry(alias)) {
					continue;
				}
				Key key = store.getKey(alias, secret);
				Certificate[] certificates = store.getCertificateChain(alias);
				if (key instanceof PrivateKey privateKey && certificates != null && certificates.length > 0) {
					List<X509Certificate> chain = new ArrayList<>();
					for (Certificate certificate : certificates) {
						chain.add((X509Certificate) certificate);
					}
					return new KeyMaterial(privateKey, chain);
				}
			}
		} catch (GeneralSecurityException | ClassCastException e) {
			throw new TlsSetupException(NLS.bind(Messages.Tls_unreadable, file, describe(e)), e);
		}
		throw new TlsSetupException(NLS.bind(Messages.Tls_noKeyEntry, file));
	}

	private static String describe(Exception e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
