package org.iotbench.bridges.runtime.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.iotbench.core.AtomicFile;

/**
 * The QoS 1 and 2 messages a bridge has to carry upstream, on disk until the upstream acknowledged them, oldest first:
 * they survive the upstream being away and the workbench being restarted. Bounded by bytes: when a new message does
 * not fit, the oldest ones are dropped and counted, so that what reaches the upstream after a long outage is the most
 * recent stretch of the stream, without gaps inside it. Thread-safe.
 */
public final class OutboundQueue implements AutoCloseable {

	/** A message in the queue; {@code key} grows with every message added. */
	public record Entry(long key, String topic, byte[] payload, int qos, boolean retain) {
	}

	private static final String MAP = "outbound"; //$NON-NLS-1$
	private static final int HEADER_BYTES = 3;

	private final MVStore store;
	private final MVMap<Long, byte[]> map;
	private final long limitBytes;
	private final Path keptAside;
	private long bytes;
	private long dropped;
	/** The key of the last message added: keys never repeat while the queue is open, even when it empties. */
	private long lastKey;

	/**
	 * Opens the queue's file, or makes it. A file that cannot be opened as a queue is moved aside and an empty queue
	 * started: {@link #keptAside()} tells where it went.
	 */
	public OutboundQueue(Path file, long limitBytes) throws IOException {
		this.limitBytes = limitBytes;
		Files.createDirectories(file.toAbsolutePath().getParent());
		MVStore opened;
		Path aside = null;
		try {
			opened = open(file);
		} catch (MVStoreException | IllegalStateException e) {
			aside = new AtomicFile(file).quarantine();
			opened = open(file);
		}
		this.keptAside = aside;
		this.store = opened;
		this.map = store.openMap(MAP);
		for (Cursor<Long, byte[]> cursor = map.cursor(null); cursor.hasNext();) {
			cursor.next();
			bytes += cursor.getValue().length;
		}
		Long last = map.lastKey();
		lastKey = last == null ? 0 : last;
	}

	private static MVStore open(Path file) {
		MVStore store = new MVStore.Builder().fileName(file.toString()).open();
		store.setAutoCommitDelay(200); // what was queued reaches the disk within 0.2 s
		return store;
	}

	/** Where an unreadable queue file was moved when this opened, or {@code null}. */
	public Path keptAside() {
		return keptAside;
	}

	/** Appends a message, dropping the oldest ones if it would not fit otherwise. */
	public synchronized void add(String topic, byte[] payload, int qos, boolean retain) {
		byte[] record = encode(topic, payload, qos, retain);
		while (bytes + record.length > limitBytes && !map.isEmpty()) {
			removeKey(map.firstKey());
			dropped++;
		}
		if (record.length > limitBytes) {
			dropped++;
			return;
		}
		map.put(++lastKey, record);
		bytes += record.length;
	}

	/** Up to {@code max} messages after the key {@code after} (0 for the first), oldest first. */
	public synchronized List<Entry> after(long after, int max) {
		List<Entry> entries = new ArrayList<>();
		for (Cursor<Long, byte[]> cursor = map.cursor(after + 1); cursor.hasNext() && entries.size() < max;) {
			long key = cursor.next();
			entries.add(decode(key, cursor.getValue()));
		}
		return entries;
	}

	/** Forgets an acknowledged message; nothing if it was dropped meanwhile. */
	public synchronized void remove(long key) {
		removeKey(key);
	}

	private void removeKey(long key) {
		byte[] removed = map.remove(key);
		if (removed != null) {
			bytes -= removed.length;
		}
	}

	public synchronized int size() {
		return map.size();
	}

	public synchronized long bytes() {
		return bytes;
	}

	/** How many messages were dropped because the queue was full, since it was opened. */
	public synchronized long dropped() {
		return dropped;
	}

	@Override
	public synchronized void close() {
		if (!store.isClosed()) {
			store.close();
		}
	}

	private static byte[] encode(String topic, byte[] payload, int qos, boolean retain) {
		byte[] name = topic.getBytes(StandardCharsets.UTF_8);
		ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + name.length + payload.length);
		buffer.put((byte) (qos | (retain ? 4 : 0)));
		buffer.putShort((short) name.length);
		buffer.put(name);
		buffer.put(payload);
		return buffer.array();
	}

	private static Entry decode(long key, byte[] record) {
		ByteBuffer buffer = ByteBuffer.wrap(record);
		int flags = buffer.get();
		int nameLength = Short.toUnsignedInt(buffer.getShort());
		String topic = new String(record, HEADER_BYTES, nameLength, StandardCharsets.UTF_8);
		byte[] payload = new byte[record.length - HEADER_BYTES - nameLength];
		System.arraycopy(record, HEADER_BYTES + nameLength, payload, 0, payload.length);
		return new Entry(key, topic, payload, flags & 3, (flags & 4) != 0);
	}
}
