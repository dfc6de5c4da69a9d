package org.iotbench.broker.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.Messages;

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
 * <li>the connection's packet identifier counter, so that the layer's own deliveries never reuse an identifier;</li>
 * <li>the session loops and their class, to start a new loop where an exception ended one;</li>
 * <li>the log messages the broker turns into connection log entries ({@link LogPatterns}).</li>
 * </ul>
 */
final class MoquetteInternals {

	/** The Moquette version whose internals this class knows (the manifest accepts no other). */
	static final String EXPECTED_VERSION = "0.17"; //$NON-NLS-1$
	private static final AttributeKey<Object> CONNECTION = AttributeKey.valueOf("connection"); //$NON-NLS-1$
	/** Moquette's {@code NettyUtils} keeps the client ID of a connection here (also one it assigned). */
	private static final AttributeKey<Object> CLIENT_ID = AttributeKey.valueOf("ClientID"); //$NON-NLS-1$
	/** The name of Moquette's MQTT decoder in each pipeline; the packet validator goes in front of it. */
	static final String DECODER = "decoder"; //$NON-NLS-1$
	/** Moquette's metrics handlers ({@code BytesMetricsHandler}, {@code MessageMetricsHandler}) in each pipeline. */
	static final List<String> UNUSED_HANDLERS = List.of("bytemetrics", "metrics"); //$NON-NLS-1$ //$NON-NLS-2$

	/** {@code MQTTConnection.nextPacketId()} and {@code isConnected()}, found when a broker starts. */
	private static volatile Method nextPacketId;
	private static volatile Method isConnected;

	private final Object acceptor;
	/** Moquette's session loops ({@code SessionEventLoopGroup.sessionExecutors}): threads over {@link #sessionQueues}. */
	private final Thread[] sessionLoops;
	private final java.lang.reflect.Constructor<?> newLoop;
	private final BlockingQueue<?>[] sessionQueues;
	/** The queues' capacities, fixed when they were made: the fill level then costs one lock per queue. */
	private final int[] capacities;
	private final ISubscriptionsDirectory subscriptions;
	private final InflightRedelivery redelivery;

	private MoquetteInternals(Object acceptor, Thread[] sessionLoops, java.lang.reflect.Constructor<?> newLoop,
			BlockingQueue<?>[] sessionQueues, ISubscriptionsDirectory subscriptions, InflightRedelivery redelivery) {
		this.acceptor = acceptor;
		this.sessionLoops = sessionLoops;
		this.newLoop = newLoop;
		this.sessionQueues = sessionQueues;
		this.capacities = new int[sessionQueues.length];
		for (int i = 0; i < sessionQueues.length; i++) {
			capacities[i] = sessionQueues[i].size() + sessionQueues[i].remainingCapacity();
		}
		this.subscriptions = subscriptions;
		this.redelivery = redelivery;
	}

	/** Finds the internals of a started server. */
	static MoquetteInternals of(Server server) {
		try {
			Object acceptor = read(server, "acceptor"); //$NON-NLS-1$
			field(acceptor.getClass(), "metrics"); //$NON-NLS-1$
			Object postOffice = read(server, "dispatcher"); //$NON-NLS-1$
			Object loops = read(postOffice, "sessionLoops"); //$NON-NLS-1$
			BlockingQueue<?>[] queues = (BlockingQueue<?>[]) read(loops, "sessionQueues"); //$NON-NLS-1$
			Thread[] executors = (Thread[]) read(loops, "sessionExecutors"); //$NON-NLS-1$
			Class<?> loopClass = Class.forName("io.moquette.broker.SessionEventLoop", false, //$NON-NLS-1$
					Server.class.getClassLoader());
			java.lang.reflect.Constructor<?> constructor = loopClass.getDeclaredConstructor(BlockingQueue.class);
			constructor.setAccessible(true);
			ISubscriptionsDirectory directory = (ISubscriptionsDirectory) read(postOffice, "subscriptions"); //$NON-NLS-1$
			Class<?> connection = Class.forName("io.moquette.broker.MQTTConnection", false, //$NON-NLS-1$
					Server.class.getClassLoader());
			List<String> missingPatterns = LogPatterns.missing();
			if (!missingPatterns.isEmpty()) {
				throw new NoSuchFieldException("log messages " + missingPatterns); //$NON-NLS-1$
			}
			nextPacketId = accessible(connection.getDeclaredMethod("nextPacketId")); //$NON-NLS-1$
			isConnected = accessible(connection.getDeclaredMethod("isConnected")); //$NON-NLS-1$
			return new MoquetteInternals(acceptor, executors, constructor, queues, directory,
					InflightRedelivery.of(postOffice));
		} catch (ReflectiveOperationException | ClassCastException e) {
			throw new IncompatibleMoquetteException(
					NLS.bind(Messages.Failure_moquetteVersion, EXPECTED_VERSION, foundVersion()), e);
		}
	}

	/** The version of the Moquette bundle in use, or "unknown". */
	static String foundVersion() {
		try {
			org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(Server.class);
			if (bundle != null) {
				return bundle.getVersion().toString();
			}
		} catch (RuntimeException | LinkageError e) {
			// not in an OSGi framework
		}
		String version = Server.class.getPackage().getImplementationVersion();
		return version == null ? "unknown" : version; //$NON-NLS-1$
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
			throw new IncompatibleMoquetteException(
					NLS.bind(Messages.Failure_moquetteVersion, EXPECTED_VERSION, foundVersion()), e);
		}
	}

	/**
	 * Starts a new loop over the queue of every session loop that has ended (Moquette 0.17 lets an exception end one
	 * for good; its clients would then never be served).
	 *
	 * @param failed told of an exception that ends a revived loop too
	 * @return how many loops were revived
	 */
	synchronized int reviveDeadLoops(java.util.function.Consumer<Throwable> failed) {
		int revived = 0;
		for (int i = 0; i < sessionLoops.length; i++) {
			Thread loop = sessionLoops[i];
			if (loop != null && !loop.isAlive()) {
				try {
					Thread fresh = (Thread) newLoop.newInstance(sessionQueues[i]);
					fresh.setName(loop.getName());
					fresh.setDaemon(loop.isDaemon());
					fresh.setUncaughtExceptionHandler((thread, error) -> failed.accept(error));
					sessionLoops[i] = fresh; // the array is Moquette's own: it routes to this thread from now on
					fresh.start();
					revived++;
				} catch (ReflectiveOperationException e) {
					throw new IllegalStateException("Moquette's session loop could not be restarted", e); //$NON-NLS-1$
				}
			}
		}
		return revived;
	}

	/** The session loops that are not running (for tests and the broker's health). */
	synchronized int deadLoops() {
		int dead = 0;
		for (Thread loop : sessionLoops) {
			if (loop == null || !loop.isAlive()) {
				dead++;
			}
		}
		return dead;
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

	InflightRedelivery redelivery() {
		return redelivery;
	}

	/** Moquette's MQTTConnection of this channel, or null before Moquette has one. */
	static Object connection(Channel channel) {
		return channel.attr(CONNECTION).get();
	}

	/** Takes the next packet identifier of the connection on this channel, as Moquette's own deliveries do. */
	static int nextPacketId(Channel channel) {
		Object connection = connection(channel);
		if (connection == null) {
			throw new IllegalStateException("no MQTT connection on " + channel); //$NON-NLS-1$
		}
		return (Integer) invoke(nextPacketId, connection);
	}

	/** The client ID Moquette has for the connection on this channel (the one it assigned to an empty ID), or null. */
	static String clientId(Channel channel) {
		Object id = channel.attr(CLIENT_ID).get();
		return id == null ? null : id.toString();
	}

	/**
	 * Whether Moquette has finished connecting the session on this channel. It marks a connection connected in a
	 * listener of the CONNACK write, which may run after the client has already received CONNACK and sent its next
	 * packet: a SUBSCRIBE handled before that is refused and the connection closed.
	 */
	static boolean connected(Channel channel) {
		Object connection = connection(channel);
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
