package org.iotbench.broker.internal;

import java.time.Instant;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.ConnectionEvent;
import org.iotbench.broker.ConnectionLog;
import org.iotbench.broker.Messages;
import org.iotbench.registry.ClientRegistryService;
import org.iotbench.registry.Verdict;
import org.slf4j.MDC;

import io.moquette.broker.security.IAuthenticator;

/**
 * Lets in registered, enabled clients with their password. The user name must be empty or equal to the client ID
 * (devices such as the seed's ESP32 send the client ID as user name). Every refusal is written to the connection log
 * with the device's address and the reason in words.
 */
final class RegistryAuthenticator implements IAuthenticator {

	private final ClientRegistryService registry;
	private final ConnectionLog log;

	RegistryAuthenticator(ClientRegistryService registry, ConnectionLog log) {
		this.registry = registry;
		this.log = log;
	}

	@Override
	public boolean checkValid(String clientId, String username, byte[] password) {
		String address = ChannelAddress.parse(MDC.get("channel")).remote(); //$NON-NLS-1$
		Verdict verdict = registry.verify(clientId, password);
		String reason = null;
		if (!verdict.accepted()) {
			reason = verdict.reason();
		} else if (username != null && !username.isEmpty() && !username.equals(clientId)) {
			reason = NLS.bind(Messages.Refusal_badUsername, username);
		}
		if (reason != null) {
			log.add(new ConnectionEvent(Instant.now(), ConnectionEvent.Kind.REFUSED, clientId, username, address,
					reason));
			return false;
		}
		return true;
	}
}
