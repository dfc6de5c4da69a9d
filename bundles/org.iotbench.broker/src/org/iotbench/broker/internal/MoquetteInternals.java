package org.iotbench.broker.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;

import io.moquette.broker.Server;
import io.moquette.broker.subscriptions.ISubscriptionsDirectory;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.util.AttributeKey;

/**
 * The few places where the broker layer reaches into Moquette 0.17, which offers no public hook for them. Every access
 * is by name, checked once when the broker starts: a Moquette that does not have them fails the start with a clear
 * message instead of misbehaving later.
 * <ul>
 * <li>the acceptor's optional "metrics" channel handler, which Moquette adds to every new connection just before its
 * own MQTT handler: the layer's handlers are installed there;</li>
 * <li>the session command queues, whose fill level decides when to stop reading from publishers;</li>
 * <li>the subscription directory, to tell which subscription a message was routed for;</li>
 * <li>the connection's packet identifier counter, so that the layer's own deliveries never reuse an identifier.</li>
 * </ul>
 */
final class MoquetteInternals {

	private static final AttributeKey<Object> CONNECTION = AttributeKey.valueOf("connection"); //$NON-NLS-1$

	private static volatile Method nextPacketId;
	private static volatile Method isConnected;

	private final Object acceptor;
	private final BlockingQueue<?>[] sessionQueues;
	private final ISubscriptionsDirectory subscriptions;

	private MoquetteInternals(Object acceptor, BlockingQueue<?>[] sessionQueues, ISubscriptionsDirectory subscriptions) {
		this.acceptor = acceptor;
		this.sessionQueues = sessionQueues;
		this.subscriptions = subscriptions;
	}

	/** Finds the internals of a started server. */
	static MoquetteInternals of(Server server) {
		try {
			Object acceptor = read(server, "acceptor"); //$NON-NLS-1$
			field(acceptor.getClass(), "metrics"); //$NON-NLS-1$
			Object postOffice = read(server, "dispatcher"); //$NON-NLS-1$
			Object loops = read(postOffice, "sessionLoops"); //$NON-NLS-1$
			BlockingQueue<?>[] queues = (BlockingQueue<?>[]) read(loops, "sessionQueues"); //$NON-NLS-1$
			ISubscriptionsDirectory directory = (ISubscriptionsDirectory) read(postOffice, "subscriptions"); //$NON-NLS-1$
			return new MoquetteInternals(acceptor, queues, directory);
		} catch (ReflectiveOperationException | ClassCastException e) {
			throw new IllegalStateException("This Moquette version is not the one the workbench was built for (0.17)", //$NON-NLS-1$
					e);
		}
	}

	/**
	 * Installs a handler into every connection the server accepts from now on.
	 *
	 * @param installer a sharable handler
	 */
	void install(ChannelHandler installer) {
		try {
			field(acceptor.getClass(), "metrics").set(acceptor, Optional.of(installer)); //$NON-NLS-1$
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("This Moquette version is not the one the workbench was built for (0.17)", //$NON-NLS-1$
					e);
		}
	}

	/** The fullest session command queue, from 0 (empty) to 1 (full: Moquette drops what it cannot queue). */
	double sessionQueueFill() {
		double fill = 0;
		for (BlockingQueue<?> queue : sessionQueues) {
			int size = queue.size();
			fill = Math.max(fill, size / (double) (size + queue.remainingCapacity()));
		}
		return fill;
	}

	ISubscriptionsDirectory subscriptions() {
		return subscriptions;
	}

	/** Takes the next packet identifier of the connection on this channel, as Moquette's own deliveries do. */
	static int nextPacketId(Channel channel) {
		Object connection = channel.attr(CONNECTION).get();
		if (connection == null) {
			throw new IllegalStateException("no MQTT connection on " + channel); //$NON-NLS-1$
		}
		try {
			Method next = nextPacketId;
			if (next == null) {
				next = connection.getClass().getDeclaredMethod("nextPacketId"); //$NON-NLS-1$
				next.setAccessible(true);
				nextPacketId = next;
			}
			return (Integer) next.invoke(connection);
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("This Moquette version has no packet identifier counter", e); //$NON-NLS-1$
		}
	}

	/**
	 * Whether Moquette has finished connecting the session on this channel. It marks a connection connected in a
	 * listener of the CONNACK write, which may run after the client has already received CONNACK and sent its next
	 * packet: a SUBSCRIBE handled before that is refused and the connection closed.
	 */
	static boolean connected(Channel channel) {
		Object connection = channel.attr(CONNECTION).get();
		if (connection == null) {
			return false;
		}
		try {
			Method method = isConnected;
			if (method == null) {
				method = connection.getClass().getDeclaredMethod("isConnected"); //$NON-NLS-1$
				method.setAccessible(true);
				isConnected = method;
			}
			return (Boolean) method.invoke(connection);
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("This Moquette version has no connection state", e); //$NON-NLS-1$
		}
	}

	private static Object read(Object owner, String name) throws ReflectiveOperationException {
		Object value = field(owner.getClass(), name).get(owner);
		if (value == null) {
			throw new NoSuchFieldException(name + " is not set"); //$NON-NLS-1$
		}
		return value;
	}

	private static Field field(Class<?> type, String name) throws NoSuchFieldException {
		for (Class<?> c = type; c != null; c = c.getSuperclass()) {
			try {
				Field field = c.getDeclaredField(name);
				field.setAccessible(true);
				return field;
			} catch (NoSuchFieldException e) {
				// look in the superclass
			}
		}
		throw new NoSuchFieldException(type.getName() + '.' + name);
	}
}
