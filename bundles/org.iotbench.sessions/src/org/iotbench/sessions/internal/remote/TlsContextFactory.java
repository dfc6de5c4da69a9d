package org.iotbench.sessions.internal.remote;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

import org.iotbench.core.tls.PemFiles;
import org.iotbench.core.tls.TlsSetupException;
import org.iotbench.sessions.RemoteSettings.TlsSettings;

/**
 * The socket factory for a TLS connection: the trust that {@link TlsSettings#trust()} chooses, and the client
 * certificate and key if there are any. Key stores live in memory only.
 */
public final class TlsContextFactory {

	/** Protects the in-memory key store only; it is never written anywhere. */
	private static final char[] IN_MEMORY = "in-memory".toCharArray(); //$NON-NLS-1$

	private TlsContextFactory() {
	}

	public static SSLSocketFactory socketFactory(TlsSettings tls) throws TlsSetupException {
		try {
			KeyManager[] keys = tls.hasClientCertificate() ? keyManagers(tls.clientCertificate(), tls.clientKey())
					: null;
			TrustManager[] trust = switch (tls.trust()) {
			case SYSTEM -> null; // the runtime's default trust store
			case CA_FILE -> trustManagers(tls.caFile());
			case INSECURE -> new TrustManager[] { new InsecureTrustManager() };
			};
			if (keys == null && trust == null) {
				return SSLContext.getDefault().getSocketFactory();
			}
			SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
			context.init(keys, trust, null);
			return context.getSocketFactory();
		} catch (GeneralSecurityException | IOException e) {
			throw new TlsSetupException(FailureReasons.describe(e), e);
		}
	}

	private static TrustManager[] trustManagers(Path caFile)
			throws TlsSetupException, GeneralSecurityException, IOException {
		if (caFile == null) {
			throw new TlsSetupException(Messages.Settings_noCaFile);
		}
		List<X509Certificate> authorities = PemFiles.certificates(caFile);
		KeyStore store = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
		store.load(null, null);
		for (int i = 0; i < authorities.size(); i++) {
			store.setCertificateEntry("ca-" + i, authorities.get(i)); //$NON-NLS-1$
		}
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(store);
		return factory.getTrustManagers();
	}

	private static KeyManager[] keyManagers(Path certificateFile, Path keyFile)
			throws TlsSetupException, GeneralSecurityException, IOException {
		if (certificateFile == null || keyFile == null) {
			throw new TlsSetupException(Messages.Settings_certificateWithoutKey);
		}
		List<X509Certificate> chain = PemFiles.certificates(certificateFile);
		PrivateKey key = PemFiles.privateKey(keyFile);
		PemFiles.checkPair(key, chain.get(0), keyFile, certificateFile);
		KeyStore store = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
		store.load(null, null);
		store.setKeyEntry("client", key, IN_MEMORY, chain.toArray(new X509Certificate[0])); //$NON-NLS-1$
		KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		factory.init(store, IN_MEMORY);
		return factory.getKeyManagers();
	}
}
