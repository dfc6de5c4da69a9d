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

	/** {@code MQTTConnection.nextPacketId()} and {@code isConnected()}, found when a broker starts. */
	private static volatile Method nextPacketId;
	private static volatile Method isConnected;

	private final Object acceptor;
	private final BlockingQueue<?>[] sessionQueues;
	/** The queues' capacities, fixed when they were made: the fill level then costs one lock per queue. */
	private final int[] capacities;
	private final ISubscriptionsDirectory subscriptions;

	private MoquetteInternals(Object acceptor, BlockingQueue<?>[] sessionQueues, ISubscriptionsDirectory subscriptions) {
		this.acceptor = acceptor;
		this.sessionQueues = sessionQueues;
		this.capacities = new int[sessionQueues.length];
		for (int i = 0; i < sessionQueues.length; i++) {
			capacities[i] = sessionQueues[i].size() + sessionQueues[i].remainingCapacity();
		}
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
			Class<?> connection = Class.forName("io.moquette.broker.MQTTConnection", false, //$NON-NLS-1$
					Server.class.getClassLoader());
			nextPacketId = accessible(connection.getDeclaredMethod("nextPacketId")); //$NON-NLS-1$
			isConnected = accessible(connection.getDeclaredMethod("isConnected")); //$NON-NLS-1$
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
		for (int i = 0; i < sessionQueues.length; i++) {
			fill = Math.max(fill, 1 - sessionQueues[i].remainingCapacity() / (double) capacities[i]);
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
		return (Integer) invoke(nextPacketId, connection);
	}

	/**
	 * Whether Moquette has finished connecting the session on this channel. It marks a connection connected in a
	 * listener of the CONNACK write, which may run after the client has already received CONNACK and sent its next
	 * packet: a SUBSCRIBE handled before that is refused and the connection closed.
	 */
	static boolean connected(Channel channel) {
		Object connection = channel.attr(CONNECTION).get();
		return connection != null && (Boolean) invoke(isConnected, connection);
	}

	private static Object invoke(Method method, Object target) {
		try {
			return method.invoke(target);
		} catch (ReflectiveOperationException e) {
			throw new IllegalStateException("Moquette's " + method.getName() + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static Method accessible(Method method) {
		method.setAccessible(true);
		return method;
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
