package org.iotbench.broker.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iotbench.broker.ConnectionEvent;

/**
 * Reads the ends of a Netty channel from its description ({@code [id: 0x1a2b, L:/10.0.0.2:1883 - R:/10.0.0.7:50123]}),
 * which Moquette puts in the logging context of the thread that handles the connection.
 */
record ChannelAddress(String remote, int localPort) {

	private static final Pattern LOCAL = Pattern.compile("L:/?[^ ,\\]]*:(\\d+)"); //$NON-NLS-1$
	private static final Pattern REMOTE = Pattern.compile("R:/?([^ ,\\]]+)"); //$NON-NLS-1$

	static ChannelAddress parse(String channel) {
		if (channel == null) {
			return new ChannelAddress(ConnectionEvent.UNKNOWN_ADDRESS, -1);
		}
		Matcher remote = REMOTE.matcher(channel);
		Matcher local = LOCAL.matcher(channel);
		return new ChannelAddress(remote.find() ? remote.group(1) : ConnectionEvent.UNKNOWN_ADDRESS,
				local.find() ? Integer.parseInt(local.group(1)) : -1);
	}
}
