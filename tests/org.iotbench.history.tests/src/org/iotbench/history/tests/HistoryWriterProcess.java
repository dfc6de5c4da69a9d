package org.iotbench.history.tests;

import java.nio.file.Path;

import org.iotbench.history.History;
import org.iotbench.sessions.Direction;
import org.iotbench.sessions.MessageStore;

/**
 * A process that records messages into a history as fast as a busy project would, until it is killed: the crash
 * test's victim. It prints the sequence number recorded so far every 20 ms ("recorded N"), so that the test knows
 * what had been handed to the history before the kill.
 */
public final class HistoryWriterProcess {

	private HistoryWriterProcess() {
	}

	public static void main(String[] args) throws Exception {
		History history = History.open(Path.of(args[0]), Long.parseLong(args[1]));
		MessageStore store = new MessageStore(1000);
		store.restore(history.newest(1000), history.lastSequence());
		store.setJournal(history);
		System.out.println("opened " + history.lastSequence()); //$NON-NLS-1$
		long printed = System.nanoTime();
		for (long i = 0;; i++) {
			store.append(Direction.IN, "plant/" + (i % 50) + "/temp", ("{\"t\":" + i + "}").getBytes(), 1, false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			if (i % 20 == 0) {
				Thread.sleep(1); // about 20,000 messages a second, like the load
			}
			if (System.nanoTime() - printed > 20_000_000L) {
				System.out.println("recorded " + store.total()); //$NON-NLS-1$
				System.out.flush();
				printed = System.nanoTime();
			}
		}
	}
}
