package org.iotbench.broker;

/**
 * Where a device reaches the running broker: one listener at one address.
 *
 * @param listener the listener
 * @param host     an IP address (or host name) of this computer
 * @param port     the port the listener is bound to
 */
public record BrokerEndpoint(Listener listener, String host, int port) {

	/** The URL a device or client library is given, for instance {@code mqtts://192.168.1.20:8883}. */
	public String url() {
		String address = host.indexOf(':') >= 0 ? '[' + host + ']' : host; // an IPv6 literal
		return listener.scheme() + "://" + address + ':' + port + listener.path(); //$NON-NLS-1$
	}

	/** {@code host:port}, as firmware that takes them separately needs them. */
	public String hostAndPort() {
		return host + ':' + port;
	}

	@Override
	public String toString() {
		return url();
	}
}
