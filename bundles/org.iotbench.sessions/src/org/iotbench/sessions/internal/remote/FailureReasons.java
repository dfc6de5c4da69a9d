package org.iotbench.sessions.internal.remote;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;

import javax.net.ssl.SSLException;

import org.eclipse.osgi.util.NLS;
import org.iotbench.sessions.RemoteSettings;

/**
 * Turns what went wrong while connecting, or why a connection ended, into a reason a user can act on. Broker refusals
 * are read from the return codes of MQTT 3.1.1 and the reason codes of MQTT 5; network and TLS problems from the
 * exceptions beneath Paho's.
 */
public final class FailureReasons {

	private FailureReasons() {
	}

	/** A refusal in an MQTT 3.1.1 CONNACK (return codes 1 to 5), or {@code null} if the code is not one. */
	public static ConnectFailure v3Refusal(int code, RemoteSettings settings) {
		return switch (code) {
		case 1 -> permanent(NLS.bind(Messages.Failure_protocol, "3.1.1")); //$NON-NLS-1$
		case 2 -> permanent(NLS.bind(Messages.Failure_clientIdRejected, settings.clientId()));
		case 3 -> retryable(NLS.bind(Messages.Failure_unavailable, settings.address()));
		case 4 -> permanent(Messages.Failure_badCredentials);
		case 5 -> permanent(Messages.Failure_notAuthorized);
		default -> null;
		};
	}

	/** A refusal in an MQTT 5 CONNACK (reason codes 0x80 and above), or {@code null} if the code is not one. */
	public static ConnectFailure v5Refusal(int code, RemoteSettings settings) {
		if (code < 0x80 || code > 0xFF) {
			return null;
		}
		return switch (code) {
		case 0x84 -> permanent(NLS.bind(Messages.Failure_protocol, "5")); //$NON-NLS-1$
		case 0x85 -> permanent(NLS.bind(Messages.Failure_clientIdRejected, settings.clientId()));
		case 0x86 -> permanent(Messages.Failure_badCredentials);
		case 0x87 -> permanent(Messages.Failure_notAuthorized);
		case 0x88 -> retryable(NLS.bind(Messages.Failure_unavailable, settings.address()));
		case 0x89 -> retryable(NLS.bind(Messages.Failure_busy, settings.address()));
		case 0x8A -> permanent(Messages.Failure_banned);
		case 0x97, 0x9F -> retryable(Messages.Failure_quota);
		case 0x9C, 0x9D -> permanent(Messages.Failure_useAnotherServer);
		default -> permanent(NLS.bind(Messages.Failure_refused, hex(code)));
		};
	}

	/** The broker did not complete the connection in time. */
	public static ConnectFailure timeout(RemoteSettings settings) {
		return retryable(NLS.bind(Messages.Failure_timeout, settings.address(),
				Integer.toString(settings.connectTimeoutSeconds())));
	}

	/** The server answered, but not with MQTT. */
	public static ConnectFailure notMqtt(RemoteSettings settings) {
		return permanent(NLS.bind(Messages.Failure_notMqtt, settings.address()));
	}

	/** A connection attempt that failed below MQTT: name resolution, TCP, TLS or WebSocket. */
	public static ConnectFailure fromCause(Throwable failure, RemoteSettings settings) {
		String address = settings.address();
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof UnknownHostException) {
				return retryable(NLS.bind(Messages.Failure_unknownHost, settings.host()), failure);
			}
			if (t instanceof ConnectException) {
				return retryable(NLS.bind(Messages.Failure_noBroker, address), failure);
			}
			if (t instanceof NoRouteToHostException || t instanceof PortUnreachableException) {
				return retryable(NLS.bind(Messages.Failure_unreachable, address, t.getMessage()), failure);
			}
			if (t instanceof SocketTimeoutException) {
				return timeout(settings);
			}
			if (t instanceof SSLException ssl) {
				return tls(ssl, settings);
			}
			if ("HandshakeFailedException".equals(t.getClass().getSimpleName())) { //$NON-NLS-1$
				// Paho's WebSocket module: the server did not upgrade, typically a wrong path or not a WebSocket port
				return permanent(NLS.bind(Messages.Failure_websocket, address, settings.serverUri()), failure);
			}
			if (t instanceof EOFException || isReset(t)) {
				return retryable(NLS.bind(Messages.Failure_closed, address), failure);
			}
		}
		return retryable(NLS.bind(Messages.Failure_other, address, describe(failure)), failure);
	}

	/** Why an established connection ended, from what Paho reported. */
	public static String lost(Throwable cause, RemoteSettings settings) {
		String detail = Messages.Lost_closed;
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof EOFException) {
				detail = Messages.Lost_closed;
				break;
			}
			if (isReset(t)) {
				detail = Messages.Lost_reset;
				break;
			}
			if (t instanceof SocketTimeoutException) {
				detail = Messages.Lost_keepAlive;
				break;
			}
			if (t.getCause() == null) {
				detail = describe(t);
			}
		}
		return NLS.bind(Messages.Lost_connection, settings.address(), detail);
	}

	/** The broker stopped answering keep-alive pings (Paho's client timeout on an established connection). */
	public static String keepAliveTimeout(RemoteSettings settings) {
		return NLS.bind(Messages.Lost_connection, settings.address(), Messages.Lost_keepAlive);
	}

	/** Why an MQTT 5 broker ended the connection with a DISCONNECT packet. */
	public static String disconnectedByBroker(int code, String reasonString, RemoteSettings settings) {
		String detail = switch (code) {
		case 0x8B -> Messages.Lost_shuttingDown;
		case 0x8E -> Messages.Lost_takenOver;
		default -> NLS.bind(Messages.Lost_reasonCode, hex(code));
		};
		if (reasonString != null && !reasonString.isBlank()) {
			detail += " (" + reasonString + ')'; //$NON-NLS-1$
		}
		return NLS.bind(Messages.Lost_byBroker, settings.address(), detail);
	}

	private static ConnectFailure tls(SSLException ssl, RemoteSettings settings) {
		String address = settings.address();
		if (find(ssl, CertificateExpiredException.class) != null) {
			return untrusted(Messages.Failure_untrustedExpired, ssl);
		}
		if (find(ssl, CertificateNotYetValidException.class) != null) {
			return untrusted(Messages.Failure_untrustedNotYetValid, ssl);
		}
		if (find(ssl, CertPathBuilderException.class) != null || find(ssl, CertPathValidatorException.class) != null) {
			return untrusted(Messages.Failure_untrustedIssuer, ssl);
		}
		CertificateException certificate = find(ssl, CertificateException.class);
		if (certificate != null) {
			String message = String.valueOf(certificate.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("subject alternative") || message.contains("no name matching")) { //$NON-NLS-1$ //$NON-NLS-2$
				return untrusted(NLS.bind(Messages.Failure_untrustedHost, settings.host()), ssl);
			}
			return untrusted(describe(certificate), ssl);
		}
		for (Throwable t = ssl; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("unrecognized ssl message") || message.contains("plaintext connection")) { //$NON-NLS-1$ //$NON-NLS-2$
				return permanent(NLS.bind(Messages.Failure_notTls, address), ssl);
			}
		}
		return permanent(NLS.bind(Messages.Failure_tls, address, describe(ssl)), ssl);
	}

	private static ConnectFailure untrusted(String why, SSLException ssl) {
		return permanent(NLS.bind(Messages.Failure_untrusted, why), ssl);
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return null;
	}

	private static boolean isReset(Throwable t) {
		return t instanceof SocketException
				&& String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("reset"); //$NON-NLS-1$
	}

	/** The innermost message, or the exception's name if it has none. */
	static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
	}

	static String hex(int code) {
		return String.format("0x%02X", Integer.valueOf(code)); //$NON-NLS-1$
	}

	private static ConnectFailure permanent(String reason) {
		return new ConnectFailure(reason, false, null);
	}

	private static ConnectFailure permanent(String reason, Throwable cause) {
		return new ConnectFailure(reason, false, cause);
	}

	private static ConnectFailure retryable(String reason) {
		return new ConnectFailure(reason, true, null);
	}

	private static ConnectFailure retryable(String reason, Throwable cause) {
		return new ConnectFailure(reason, true, cause);
	}
}
