package org.iotbench.broker;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.iotbench.core.DataLocation;

/**
 * How the local broker listens and whom it lets in.
 *
 * @param bindAddress         the address to listen on; {@code 0.0.0.0} means every interface (what LAN devices need)
 * @param port                the MQTT (plain TCP) port, 1883 by default
 * @param allowAnonymous      whether clients without user name and password may connect (off by default)
 * @param maxMessageBytes     the largest MQTT packet accepted
 * @param tlsPort             the MQTT over TLS port, {@value #OFF} for none (the default)
 * @param webSocketPort       the MQTT over WebSocket port, {@value #OFF} for none (the default)
 * @param secureWebSocketPort the MQTT over secure WebSocket port, {@value #OFF} for none (the default)
 * @param certificate         the certificate and key of the TLS and secure WebSocket listeners; {@code null} means
 *                            the one generated for the LAN in the data folder
 * @param persistence         whether persistent sessions (their subscriptions and queued QoS 1 and 2 messages) and
 *                            retained messages are kept in the data folder across restarts (on by default)
 * @param systemTopicsSeconds how often the statistics are published under {@code $SYS/broker/}, {@value #OFF} for
 *                            never (the default)
 */
public record BrokerSettings(String bindAddress, int port, boolean allowAnonymous, int maxMessageBytes, int tlsPort,
		int webSocketPort, int secureWebSocketPort, CertificateSource certificate, boolean persistence,
		int systemTopicsSeconds) {

	public static final String ALL_INTERFACES = "0.0.0.0"; //$NON-NLS-1$
	public static final int DEFAULT_PORT = 1883;
	public static final int DEFAULT_MAX_MESSAGE_BYTES = 256 * 1024 + 512;
	/** The port of a listener that is turned off. */
	public static final int OFF = 0;
	/** The port suggested when the user turns the TLS listener on (the IANA port of MQTT over TLS). */
	public static final int DEFAULT_TLS_PORT = 8883;
	public static final int DEFAULT_WEBSOCKET_PORT = 8080;
	public static final int DEFAULT_SECURE_WEBSOCKET_PORT = 8443;

	public BrokerSettings {
		if (certificate == null) {
			certificate = CertificateSource.lan(DataLocation.current());
		}
	}

	/** Plain MQTT only: no TLS and no WebSocket listener, no persistence, no {@code $SYS} topics. */
	public BrokerSettings(String bindAddress, int port, boolean allowAnonymous, int maxMessageBytes) {
		this(bindAddress, port, allowAnonymous, maxMessageBytes, OFF, OFF, OFF, null, false, OFF);
	}

	/** Settings as a fresh installation has them: every interface, port 1883 only, registered clients only. */
	public static BrokerSettings defaults() {
		return new BrokerSettings(ALL_INTERFACES, DEFAULT_PORT, false, DEFAULT_MAX_MESSAGE_BYTES).withPersistence(true);
	}

	public BrokerSettings withPersistence(boolean keep) {
		return new BrokerSettings(bindAddress, port, allowAnonymous, maxMessageBytes, tlsPort, webSocketPort,
				secureWebSocketPort, certificate, keep, systemTopicsSeconds);
	}

	/** @param seconds how often, or {@link #OFF} */
	public BrokerSettings withSystemTopicsSeconds(int seconds) {
		return new BrokerSettings(bindAddress, port, allowAnonymous, maxMessageBytes, tlsPort, webSocketPort,
				secureWebSocketPort, certificate, persistence, seconds);
	}

	public BrokerSettings withPort(int newPort) {
		return new BrokerSettings(bindAddress, newPort, allowAnonymous, maxMessageBytes, tlsPort, webSocketPort,
				secureWebSocketPort, certificate, persistence, systemTopicsSeconds);
	}

	public BrokerSettings withBindAddress(String newAddress) {
		return new BrokerSettings(newAddress, port, allowAnonymous, maxMessageBytes, tlsPort, webSocketPort,
				secureWebSocketPort, certificate, persistence, systemTopicsSeconds);
	}

	public BrokerSettings withAllowAnonymous(boolean allow) {
		return new BrokerSettings(bindAddress, port, allow, maxMessageBytes, tlsPort, webSocketPort,
				secureWebSocketPort, certificate, persistence, systemTopicsSeconds);
	}

	/** @param newPort the port, or {@link #OFF} */
	public BrokerSettings withTlsPort(int newPort) {
		return new BrokerSettings(bindAddress, port, allowAnonymous, maxMessageBytes, newPort, webSocketPort,
				secureWebSocketPort, certificate, persistence, systemTopicsSeconds);
	}

	/** @param newPort the port, or {@link #OFF} */
	public BrokerSettings withWebSocketPort(int newPort) {
		return new BrokerSettings(bindAddress, port, allowAnonymous, maxMessageBytes, tlsPort, newPort,
				secureWebSocketPort, certificate, persistence, systemTopicsSeconds);
	}

	/** @param newPort the port, or {@link #OFF} */
	public BrokerSettings withSecureWebSocketPort(int newPort) {
		return new BrokerSettings(bindAddress, port, allowAnonymous, maxMessageBytes, tlsPort, webSocketPort, newPort,
				certificate, persistence, systemTopicsSeconds);
	}

	public BrokerSettings withCertificate(CertificateSource newCertificate) {
		return new BrokerSettings(bindAddress, port, allowAnonymous, maxMessageBytes, tlsPort, webSocketPort,
				secureWebSocketPort, newCertificate, persistence, systemTopicsSeconds);
	}

	/** The port of a listener, {@link #OFF} if it is turned off. */
	public int port(Listener listener) {
		return switch (listener) {
		case MQTT -> port;
		case TLS -> tlsPort;
		case WEBSOCKET -> webSocketPort;
		case SECURE_WEBSOCKET -> secureWebSocketPort;
		};
	}

	/**
	 * Where devices reach these listeners: every enabled listener at every address of this computer (LAN addresses
	 * first, loopback last), plain MQTT first; the bound address only when not bound to all interfaces. Computed now,
	 * whether or not the broker runs.
	 */
	public List<BrokerEndpoint> endpoints() {
		return org.iotbench.broker.internal.LanAddresses.endpoints(this);
	}

	/** The listeners that are turned on, plain MQTT first. */
	public List<Listener> listeners() {
		return Arrays.stream(Listener.values()).filter(l -> port(l) != OFF).toList();
	}

	/** Whether a listener that needs the {@link #certificate()} is turned on. */
	public boolean needsCertificate() {
		return listeners().stream().anyMatch(Listener::secure);
	}

	/** Whether the broker listens on every interface. */
	public boolean allInterfaces() {
		return ALL_INTERFACES.equals(bindAddress) || "::".equals(bindAddress); //$NON-NLS-1$
	}

	/**
	 * What prevents the broker from starting with these settings, without reading the certificate files: ports out
	 * of range, two listeners on one port, certificate files missing or unreadable.
	 *
	 * @return the problems in words, empty if there are none
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		Map<Integer, Listener> used = new HashMap<>();
		for (Listener listener : Listener.values()) {
			int value = port(listener);
			if (value == OFF && listener != Listener.MQTT) {
				continue;
			}
			if (value < 1 || value > 65535) {
				problems.add(NLS.bind(Messages.Settings_badListenerPort, listener.label(), Integer.toString(value)));
				continue;
			}
			Listener other = used.putIfAbsent(value, listener);
			if (other != null) {
				problems.add(NLS.bind(Messages.Settings_samePort,
						new Object[] { other.label(), listener.label(), Integer.toString(value) }));
			}
		}
		if (needsCertificate()) {
			checkCertificateFiles(problems);
		}
		return problems;
	}

	/**
	 * Checks the settings before a start.
	 *
	 * @throws IllegalArgumentException with the {@link #problems()} in words
	 */
	public void validate() {
		List<String> problems = problems();
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join(" ", problems)); //$NON-NLS-1$
		}
	}

	private void checkCertificateFiles(List<String> problems) {
		switch (certificate.kind()) {
		case LAN -> {
			// generated at start when missing
		}
		case PEM -> {
			checkFile(certificate.certificate(), Messages.Settings_noCertificateFile, problems);
			checkFile(certificate.privateKey(), Messages.Settings_noKeyFile, problems);
		}
		case PKCS12 -> checkFile(certificate.certificate(), Messages.Settings_noPkcs12File, problems);
		}
	}

	private static void checkFile(Path file, String whenMissing, List<String> problems) {
		if (file == null || file.toString().isBlank()) {
			problems.add(whenMissing);
		} else if (!Files.isRegularFile(file)) {
			problems.add(NLS.bind(Messages.Settings_missingFile, file));
		} else if (!Files.isReadable(file)) {
			problems.add(NLS.bind(Messages.Settings_unreadableFile, file));
		}
	}

	/**
	 * Checks a port typed by the user.
	 *
	 * @return the port
	 * @throws IllegalArgumentException with a message for the user
	 */
	public static int parsePort(String text) {
		try {
			int value = Integer.parseInt(text.trim());
			if (value >= 1 && value <= 65535) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException(NLS.bind(Messages.Settings_badPort, text));
	}

	/**
	 * Checks a bind address typed by the user: {@code 0.0.0.0}, {@code ::} or an address of this computer.
	 *
	 * @return the address, trimmed
	 * @throws IllegalArgumentException with a message for the user
	 */
	public static String parseBindAddress(String text) {
		String address = text.trim();
		if (address.isEmpty()) {
			throw new IllegalArgumentException(Messages.Settings_emptyAddress);
		}
		if (ALL_INTERFACES.equals(address) || "::".equals(address)) { //$NON-NLS-1$
			return address;
		}
		try {
			InetAddress inet = InetAddress.getByName(address);
			if (inet.isLoopbackAddress() || NetworkInterface.getByInetAddress(inet) != null) {
				return address;
			}
			throw new IllegalArgumentException(NLS.bind(Messages.Settings_notLocalAddress, address));
		} catch (UnknownHostException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Settings_unknownAddress, address));
		} catch (SocketException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Settings_notLocalAddress, address));
		}
	}
}
