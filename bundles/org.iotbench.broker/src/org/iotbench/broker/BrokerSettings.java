package org.iotbench.broker;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;

import org.eclipse.osgi.util.NLS;

/**
 * How the local broker listens and whom it lets in.
 *
 * @param bindAddress     the address to listen on; {@code 0.0.0.0} means every interface (what LAN devices need)
 * @param port            the TCP port, 1883 by default
 * @param allowAnonymous  whether clients without user name and password may connect (off by default)
 * @param maxMessageBytes the largest MQTT packet accepted
 */
public record BrokerSettings(String bindAddress, int port, boolean allowAnonymous, int maxMessageBytes) {

	public static final String ALL_INTERFACES = "0.0.0.0"; //$NON-NLS-1$
	public static final int DEFAULT_PORT = 1883;
	public static final int DEFAULT_MAX_MESSAGE_BYTES = 256 * 1024 + 512;

	/** Settings as a fresh installation has them: every interface, port 1883, registered clients only. */
	public static BrokerSettings defaults() {
		return new BrokerSettings(ALL_INTERFACES, DEFAULT_PORT, false, DEFAULT_MAX_MESSAGE_BYTES);
	}

	public BrokerSettings withPort(int newPort) {
		return new BrokerSettings(bindAddress, newPort, allowAnonymous, maxMessageBytes);
	}

	public BrokerSettings withBindAddress(String newAddress) {
		return new BrokerSettings(newAddress, port, allowAnonymous, maxMessageBytes);
	}

	public BrokerSettings withAllowAnonymous(boolean allow) {
		return new BrokerSettings(bindAddress, port, allow, maxMessageBytes);
	}

	/** Whether the broker listens on every interface. */
	public boolean allInterfaces() {
		return ALL_INTERFACES.equals(bindAddress) || "::".equals(bindAddress); //$NON-NLS-1$
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
