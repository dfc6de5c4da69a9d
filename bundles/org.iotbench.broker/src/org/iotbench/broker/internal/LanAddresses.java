package org.iotbench.broker.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.iotbench.broker.BrokerSettings;

/** The {@code host:port} pairs a device on the LAN can reach the broker at, LAN addresses first, loopback last. */
final class LanAddresses {

	private LanAddresses() {
	}

	static List<String> endpoints(BrokerSettings settings, int port) {
		List<String> endpoints = new ArrayList<>();
		if (!settings.allInterfaces()) {
			endpoints.add(settings.bindAddress() + ':' + port);
			return endpoints;
		}
		try {
			for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
				if (!nic.isUp() || nic.isLoopback()) {
					continue;
				}
				for (InetAddress address : Collections.list(nic.getInetAddresses())) {
					if (address instanceof Inet4Address && !address.isLinkLocalAddress()) {
						endpoints.add(address.getHostAddress() + ':' + port);
					}
				}
			}
		} catch (SocketException e) {
			// fall through to loopback only
		}
		endpoints.add("127.0.0.1:" + port); //$NON-NLS-1$
		return endpoints;
	}
}
