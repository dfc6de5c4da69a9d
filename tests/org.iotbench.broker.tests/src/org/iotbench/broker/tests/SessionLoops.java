package org.iotbench.broker.tests;

import java.lang.reflect.Field;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.FutureTask;

import org.iotbench.broker.internal.MoquetteBroker;

/** Moquette's session loops inside a running embedded broker, reached as the broker layer reaches them. */
final class SessionLoops {

	private SessionLoops() {
	}

	static int count(MoquetteBroker broker) throws ReflectiveOperationException {
		return queues(broker).length;
	}

	/** Makes a loop run a command that throws, as the packets Moquette mishandles did. */
	@SuppressWarnings("unchecked")
	static void fail(MoquetteBroker broker, int loop) throws ReflectiveOperationException {
		BlockingQueue<FutureTask<String>> queue = (BlockingQueue<FutureTask<String>>) queues(broker)[loop];
		queue.offer(new FutureTask<>(() -> {
			throw new IllegalStateException("a command that fails, on purpose");
		}));
	}

	private static Object[] queues(MoquetteBroker broker) throws ReflectiveOperationException {
		Object server = read(broker, "server");
		Object postOffice = read(server, "dispatcher");
		Object loops = read(postOffice, "sessionLoops");
		return (Object[]) read(loops, "sessionQueues");
	}

	private static Object read(Object owner, String name) throws ReflectiveOperationException {
		for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
			try {
				Field field = c.getDeclaredField(name);
				field.setAccessible(true);
				return field.get(owner);
			} catch (NoSuchFieldException e) {
				// the superclass
			}
		}
		throw new NoSuchFieldException(name);
	}
}
