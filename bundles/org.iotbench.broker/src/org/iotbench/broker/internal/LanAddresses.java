package org.iotbench.broker.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.iotbench.broker.BrokerEndpoint;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.broker.Listener;

/** The addresses a device on the LAN can reach the broker at, LAN addresses first, loopback last. */
public final class LanAddresses {

	static final String LOOPBACK = "127.0.0.1"; //$NON-NLS-1$
	static final String LOCALHOST = "localhost"; //$NON-NLS-1$

	private LanAddresses() {
	}

	/** Every enabled listener at every address, grouped by listener, plain MQTT first. */
	public static List<BrokerEndpoint> endpoints(BrokerSettings settings) {
		List<String> hosts = hosts(settings);
		List<BrokerEndpoint> endpoints = new ArrayList<>();
		for (Listener listener : settings.listeners()) {
			for (String host : hosts) {
				endpoints.add(new BrokerEndpoint(listener, host, settings.port(listener)));
			}
		}
		return endpoints;
	}

	private static List<String> hosts(BrokerSettings settings) {
		if (!settings.allInterfaces()) {
			return List.of(settings.bindAddress());
		}
		List<String> hosts = new ArrayList<>(ipv4());
		hosts.add(LOOPBACK);
		return hosts;
	}

	/** The IPv4 addresses of the interfaces that are up, without loopback and link-local addresses. */
	static List<String> ipv4() {
		List<String> addresses = new ArrayList<>();
		try {
			for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
				if (!nic.isUp() || nic.isLoopback()) {
					continue;
				}
				for (InetAddress address : Collections.list(nic.getInetAddresses())) {
					if (address instanceof Inet4Address && !address.isLinkLocalAddress()) {
						addresses.add(address.getHostAddress());
					}
				}
			}
		} catch (SocketException e) {
			// no interfaces to list: loopback only
		}
		return addresses;
	}

	/** The name of this computer, or {@code null} if it has none the runtime can tell. */
	static String hostName() {
		try {
			InetAddress local = InetAddress.getLocalHost();
			String name = local.getHostName();
			boolean usable = name != null && name.matches("[A-Za-z0-9][A-Za-z0-9.-]*") //$NON-NLS-1$
					&& !name.equals(local.getHostAddress());
			return usable ? name : null;
		} catch (UnknownHostException e) {
			return null;
		}
	}
}
