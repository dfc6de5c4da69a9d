package org.iotbench.broker.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.iotbench.broker.Messages;
import org.iotbench.clients.ClientRegistry;
import org.iotbench.clients.ClientsPackage;
import org.iotbench.clients.RegisteredClient;

/**
 * Drops a connected client as soon as the registry says it may no longer connect: disabled or removed, from the
 * workbench or from another process (the registry notices changes to its file within a second). The drop runs on a
 * thread of its own, never inside the registry's notification, which holds the registry's lock.
 */
final class RegistryEnforcer extends EContentAdapter implements AutoCloseable {

	private final ClientRegistry registry;
	/** Disconnects a client if it is connected, with the reason for the connection log. */
	private final BiConsumer<String, String> drop;
	private final ExecutorService dropper = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "IoT Workbench registry enforcer"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});

	RegistryEnforcer(ClientRegistry registry, BiConsumer<String, String> drop) {
		this.registry = registry;
		this.drop = drop;
		registry.eAdapters().add(this);
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		Object feature = notification.getFeature();
		if (feature == ClientsPackage.Literals.REGISTERED_CLIENT__ENABLED && !notification.getNewBooleanValue()
				&& notification.getNotifier() instanceof RegisteredClient client) {
			later(client.getClientId(), Messages.Event_disabled);
		} else if (feature == ClientsPackage.Literals.CLIENT_REGISTRY__CLIENTS) {
			if (notification.getEventType() == Notification.REMOVE
					&& notification.getOldValue() instanceof RegisteredClient client) {
				later(client.getClientId(), Messages.Event_removed);
			} else if (notification.getEventType() == Notification.REMOVE_MANY
					&& notification.getOldValue() instanceof java.util.List<?> removed) {
				removed.stream().filter(RegisteredClient.class::isInstance)
						.forEach(c -> later(((RegisteredClient) c).getClientId(), Messages.Event_removed));
			}
		}
	}

	private void later(String clientId, String reason) {
		if (!dropper.isShutdown()) {
			dropper.execute(() -> drop.accept(clientId, reason));
		}
	}

	@Override
	public void close() {
		registry.eAdapters().remove(this);
		dropper.shutdown();
	}
}
