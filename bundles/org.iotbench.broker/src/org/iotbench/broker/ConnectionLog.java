package org.iotbench.broker;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The recent connection attempts of the local broker, newest last, so that a maker can tell why a board does not
 * connect. Bounded: the oldest entries are forgotten.
 */
public final class ConnectionLog {

	public static final int CAPACITY = 2_000;

	private final ArrayDeque<ConnectionEvent> events = new ArrayDeque<>();
	private final List<Consumer<ConnectionEvent>> listeners = new CopyOnWriteArrayList<>();
	private final AtomicLong refused = new AtomicLong();

	public void add(ConnectionEvent event) {
		synchronized (events) {
			if (events.size() == CAPACITY) {
				events.removeFirst();
			}
			events.addLast(event);
		}
		if (event.kind() == ConnectionEvent.Kind.REFUSED) {
			refused.incrementAndGet();
		}
		for (Consumer<ConnectionEvent> listener : listeners) {
			listener.accept(event);
		}
	}

	/** A copy of the entries, oldest first. */
	public List<ConnectionEvent> entries() {
		synchronized (events) {
			return new ArrayList<>(events);
		}
	}

	public void clear() {
		synchronized (events) {
			events.clear();
		}
	}

	/** How many connections were refused since the workbench started. */
	public long refusedCount() {
		return refused.get();
	}

	/** Listeners are called on broker threads. */
	public void addListener(Consumer<ConnectionEvent> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<ConnectionEvent> listener) {
		listeners.remove(listener);
	}
}
