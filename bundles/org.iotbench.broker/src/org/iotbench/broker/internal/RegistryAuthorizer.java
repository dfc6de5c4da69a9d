package org.iotbench.broker.internal;

import java.time.Instant;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.ConnectionEvent;
import org.iotbench.broker.ConnectionLog;
import org.iotbench.broker.Messages;
import org.iotbench.registry.ClientRegistryService;

import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;

/**
 * Enforces each registered client's topic permissions (anywhere unless the user restricted it); every refusal is
 * written to the connection log.
 */
final class RegistryAuthorizer implements IAuthorizatorPolicy {

	private final ClientRegistryService registry;
	private final ConnectionLog log;
	private final Function<String, String> addressOf;

	RegistryAuthorizer(ClientRegistryService registry, ConnectionLog log, Function<String, String> addressOf) {
		this.registry = registry;
		this.log = log;
		this.addressOf = addressOf;
	}

	@Override
	public boolean canWrite(Topic topic, String user, String client) {
		return allowed(registry.mayPublish(client, topic.toString()), client, user,
				NLS.bind(Messages.Denied_publish, topic));
	}

	@Override
	public boolean canRead(Topic topic, String user, String client) {
		return allowed(registry.maySubscribe(client, topic.toString()), client, user,
				NLS.bind(Messages.Denied_subscribe, topic));
	}

	private boolean allowed(boolean allowed, String client, String user, String reason) {
		if (!allowed) {
			log.add(new ConnectionEvent(Instant.now(), ConnectionEvent.Kind.DENIED, client == null ? "" : client, //$NON-NLS-1$
					user, addressOf.apply(client), reason));
		}
		return allowed;
	}
}
