package org.iotbench.broker.internal;

import java.security.cert.X509Certificate;

import javax.net.ssl.SSLException;

import org.iotbench.broker.CertificateSource;
import org.iotbench.core.tls.KeyMaterial;
import org.iotbench.core.tls.TlsSetupException;

import io.moquette.broker.ISslContextCreator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;

/**
 * The TLS context of the TLS and secure WebSocket listeners, made when Moquette starts them. A certificate that cannot
 * be used fails the start with an {@link IllegalStateException} caused by a {@link TlsSetupException} that says which
 * file and why (Moquette itself would only log an error and start without those listeners).
 */
final class SslContextCreator implements ISslContextCreator {

	private final CertificateSource source;

	SslContextCreator(CertificateSource source) {
		this.source = source;
	}

	@Override
	public SslContext initSSLContext() {
		try {
			KeyMaterial keys = ServerKeys.load(source);
			return SslContextBuilder.forServer(keys.key(), keys.chain().toArray(new X509Certificate[0]))
					.sslProvider(SslProvider.JDK).build();
		} catch (TlsSetupException e) {
			throw new IllegalStateException(e.getMessage(), e);
		} catch (SSLException e) {
			throw new IllegalStateException(e.getMessage(), new TlsSetupException(e.getMessage(), e));
		}
	}
}
