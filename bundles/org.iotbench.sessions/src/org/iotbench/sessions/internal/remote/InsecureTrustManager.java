package org.iotbench.sessions.internal.remote;

import java.net.Socket;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts every server certificate, whoever issued it and whatever host it names: TLS then encrypts but does not
 * authenticate. Only for {@link org.iotbench.sessions.RemoteSettings.TrustMode#INSECURE}. It is an extended trust
 * manager so that the Java runtime does not add its own host name check around it.
 */
final class InsecureTrustManager extends X509ExtendedTrustManager {

	private static final X509Certificate[] NONE = new X509Certificate[0];

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) {
		// trusts anything, by definition
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
		// trusts anything, by definition
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
		// trusts anything, by definition
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) {
		// a client never checks clients
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
		// a client never checks clients
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
		// a client never checks clients
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return NONE;
	}
}
