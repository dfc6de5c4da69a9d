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

	/** Called for every PUBLISH: the topic is made a string once, and the refusal is worded only for a refusal. */
	@Override
	public boolean canWrite(Topic topic, String user, String client) {
		String name = topic.toString();
		return registry.mayPublish(client, name) || denied(client, user, NLS.bind(Messages.Denied_publish, name));
	}

	@Override
	public boolean canRead(Topic topic, String user, String client) {
		String filter = topic.toString();
		return registry.maySubscribe(client, filter)
				|| denied(client, user, NLS.bind(Messages.Denied_subscribe, filter));
	}

	private boolean denied(String client, String user, String reason) {
		log.add(new ConnectionEvent(Instant.now(), ConnectionEvent.Kind.DENIED, client == null ? "" : client, //$NON-NLS-1$
				user, addressOf.apply(client), reason));
		return false;
	}
}
