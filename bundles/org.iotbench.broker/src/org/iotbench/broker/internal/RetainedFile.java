package org.iotbench.broker.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.iotbench.broker.BrokerMessage;
import org.iotbench.core.AtomicFile;

/**
 * The retained messages of the local broker on disk, so that they survive a restart: one binary file, replaced
 * atomically. A file that cannot be read is moved aside, never overwritten.
 */
final class RetainedFile {

	private static final byte[] MAGIC = { 'I', 'O', 'T', 'B', 'R', 'E', 'T', '1' };

	private final AtomicFile file;

	RetainedFile(Path path) {
		this.file = new AtomicFile(path);
	}

	Path path() {
		return file.path();
	}

	/**
	 * Reads the messages.
	 *
	 * @return the messages, none if there is no file
	 * @throws UnreadableFileException if the file is damaged; it has been moved aside to {@link UnreadableFileException#aside()}
	 */
	List<BrokerMessage> load() throws IOException {
		if (!file.exists()) {
			return List.of();
		}
		try (InputStream stream = new BufferedInputStream(Files.newInputStream(file.path()));
				DataInputStream in = new DataInputStream(stream)) {
			byte[] magic = new byte[MAGIC.length];
			in.readFully(magic);
			if (!Arrays.equals(magic, MAGIC)) {
				throw new IOException("not a retained messages file"); //$NON-NLS-1$
			}
			int count = in.readInt();
			List<BrokerMessage> messages = new ArrayList<>(Math.min(count, 10_000));
			for (int i = 0; i < count; i++) {
				String topic = in.readUTF();
				int qos = in.readByte();
				String publisher = in.readUTF();
				int length = in.readInt();
				if (qos < 0 || qos > 2 || length < 0 || length > 256 * 1024 * 1024) {
					throw new IOException("damaged entry " + i); //$NON-NLS-1$
				}
				byte[] payload = new byte[length];
				in.readFully(payload);
				messages.add(new BrokerMessage(topic, payload, qos, true, publisher));
			}
			if (in.read() != -1) {
				throw new IOException("unexpected data after the last entry"); //$NON-NLS-1$
			}
			return messages;
		} catch (IOException | RuntimeException e) {
			if (e instanceof java.nio.file.NoSuchFileException) {
				return List.of();
			}
			String why = e instanceof EOFException ? "the file ends too early" : e.getMessage(); //$NON-NLS-1$
			throw new UnreadableFileException(file.quarantine(), why);
		}
	}

	void save(List<BrokerMessage> messages) throws IOException {
		file.write(stream -> {
			DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
			out.write(MAGIC);
			out.writeInt(messages.size());
			for (BrokerMessage message : messages) {
				out.writeUTF(message.topic());
				out.writeByte(message.qos());
				out.writeUTF(message.publisherId());
				out.writeInt(message.payload().length);
				out.write(message.payload());
			}
			out.flush();
		});
	}

	/** A damaged file, kept aside for the user. */
	static final class UnreadableFileException extends IOException {
		private static final long serialVersionUID = 1L;
		private final transient Path aside;

		UnreadableFileException(Path aside, String why) {
			super(why);
			this.aside = aside;
		}

		Path aside() {
			return aside;
		}
	}
}
