package org.iotbench.broker.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.atomic.AtomicInteger;

import io.moquette.broker.Server;
import io.netty.channel.Channel;

/**
 * MQTT-4.4.0-1 for Moquette 0.17: when a client resumes its persistent session, what it had not acknowledged
 * (PUBLISH of QoS 1 and 2, PUBREL) is sent again at once, with DUP, its original packet identifiers and in the original
 * order; and the new connection's packet identifiers continue after them. Moquette itself re-sends only when a 5 s
 * timer fires, and starts each connection's identifiers at 1 again, so that a message queued while the device was away
 * could take the identifier of one still in flight and push it out of the session: lost.
 * <p>
 * The work is a command on the session's own loop, routed when the CONNACK is written: it runs before Moquette sends
 * the messages queued while the client was away, and touches the session only from the thread that owns it.
 */
final class InflightRedelivery {

	private final Object postOffice;
	private final Method routeCommand;
	private final Field boundSession;
	private final Field lastPacketId;
	private final Field inflightWindow;
	private final Field inflightTimeouts;
	private final Field packetId;
	private final Field startTime;
	private final Method resend;

	private InflightRedelivery(Object postOffice) throws ReflectiveOperationException {
		this.postOffice = postOffice;
		ClassLoader loader = Server.class.getClassLoader();
		Class<?> connection = Class.forName("io.moquette.broker.MQTTConnection", false, loader); //$NON-NLS-1$
		Class<?> session = Class.forName("io.moquette.broker.Session", false, loader); //$NON-NLS-1$
		Class<?> packet = Class.forName("io.moquette.broker.Session$InFlightPacket", false, loader); //$NON-NLS-1$
		routeCommand = accessible(postOffice.getClass().getDeclaredMethod("routeCommand", String.class, //$NON-NLS-1$
				String.class, Callable.class));
		boundSession = accessible(connection.getDeclaredField("bindedSession")); //$NON-NLS-1$
		lastPacketId = accessible(connection.getDeclaredField("lastPacketId")); //$NON-NLS-1$
		inflightWindow = accessible(session.getDeclaredField("inflightWindow")); //$NON-NLS-1$
		inflightTimeouts = accessible(session.getDeclaredField("inflightTimeouts")); //$NON-NLS-1$
		packetId = accessible(packet.getDeclaredField("packetId")); //$NON-NLS-1$
		startTime = accessible(packet.getDeclaredField("startTime")); //$NON-NLS-1$
		resend = accessible(session.getDeclaredMethod("resendInflightNotAcked")); //$NON-NLS-1$
		for (Field field : new Field[] { inflightWindow, inflightTimeouts, lastPacketId }) {
			Class<?> expected = field == inflightWindow ? Map.class
					: field == inflightTimeouts ? DelayQueue.class : AtomicInteger.class;
			if (!expected.isAssignableFrom(field.getType())) {
				throw new NoSuchFieldException(field + " is not a " + expected.getSimpleName()); //$NON-NLS-1$
			}
		}
	}

	/** Finds what it needs in Moquette's post office; throws when this Moquette is not the one it knows. */
	static InflightRedelivery of(Object postOffice) throws ReflectiveOperationException {
		return new InflightRedelivery(postOffice);
	}

	/**
	 * The client on this channel resumes a persistent session (its CONNACK, with "session present", is being written):
	 * sends again what it had not acknowledged, on the session's loop.
	 */
	void sessionResumed(Channel channel, String clientId) throws ReflectiveOperationException {
		Object connection = MoquetteInternals.connection(channel);
		if (connection == null) {
			return;
		}
		routeCommand.invoke(postOffice, clientId, "iotbench: redeliver in flight", (Callable<String>) () -> { //$NON-NLS-1$
			redeliver(connection);
			return null;
		});
	}

	/** On the session's loop. */
	private void redeliver(Object connection) throws ReflectiveOperationException {
		Object session = boundSession.get(connection);
		Map<?, ?> window = session == null ? Map.of() : (Map<?, ?>) inflightWindow.get(session);
		if (window.isEmpty()) {
			return;
		}
		@SuppressWarnings("unchecked")
		DelayQueue<java.util.concurrent.Delayed> timeouts = (DelayQueue<java.util.concurrent.Delayed>) inflightTimeouts
				.get(session);
		List<java.util.concurrent.Delayed> waiting = new ArrayList<>(timeouts);
		timeouts.clear();
		// the order they were sent in: by when they were sent, then by identifier (several are sent in a millisecond)
		waiting.sort(Comparator.comparingLong(this::sentAt).thenComparingInt(this::id));
		// one each: Moquette leaves a PUBLISH's timeout behind when it moves on to PUBREL (two PUBREL would go), and
		// those of acknowledged messages
		java.util.Set<Integer> seen = new java.util.HashSet<>();
		waiting.removeIf(packet -> !window.containsKey(id(packet)) || !seen.add(id(packet)));
		long due = System.currentTimeMillis() - waiting.size() - 1;
		for (java.util.concurrent.Delayed packet : waiting) {
			startTime.setLong(packet, due++); // due now, in that order: Moquette's resend takes them so
			timeouts.add(packet);
		}
		if (!waiting.isEmpty()) {
			int last = id(waiting.get(waiting.size() - 1));
			((AtomicInteger) lastPacketId.get(connection)).updateAndGet(current -> Math.max(current, last));
		}
		resend.invoke(session);
	}

	private long sentAt(Object packet) {
		try {
			return startTime.getLong(packet);
		} catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

	private int id(Object packet) {
		try {
			return packetId.getInt(packet);
		} catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Field accessible(Field field) {
		field.setAccessible(true);
		return field;
	}

	private static Method accessible(Method method) {
		method.setAccessible(true);
		return method;
	}
}
