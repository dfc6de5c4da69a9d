package org.iotbench.registry.internal;

import java.nio.charset.StandardCharsets;

import org.eclipse.osgi.util.NLS;
import org.iotbench.registry.Messages;
import org.iotbench.registry.RegistryException;

/** What a registrable client ID looks like. */
final class ClientIdRule {

	private static final int MAX_BYTES = 65_535;

	private ClientIdRule() {
	}

	static void check(String clientId) throws RegistryException {
		if (clientId == null || clientId.isEmpty()) {
			throw new RegistryException(Messages.Registry_emptyId);
		}
		if (clientId.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new RegistryException(NLS.bind(Messages.Registry_idTooLong, clientId.length()));
		}
		for (int i = 0; i < clientId.length(); i++) {
			char c = clientId.charAt(i);
			if (Character.isWhitespace(c) || Character.isISOControl(c)) {
				throw new RegistryException(NLS.bind(Messages.Registry_invalidId, clientId));
			}
		}
	}
}
