package org.iotbench.history.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.iotbench.history.MessageFile;
import org.iotbench.sessions.Direction;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.MessageStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages exported to CSV, JSON and NDJSON read back as they were; a wrong file is refused naming the line. */
class MessageFileTest {

	@TempDir
	Path folder;

	private static List<Message> sample() {
		MessageStore store = new MessageStore(100);
		store.append(Direction.IN, "home/kitchen/temp", "{\"t\": 21.5, \"note\": \"a, \\\"quoted\\\" one\"}".getBytes(StandardCharsets.UTF_8), 1, false);
		store.append(Direction.OUT, "home/lamp/set", "on\nwith a second line, and a comma".getBytes(StandardCharsets.UTF_8), 2, true);
		store.append(Direction.IN, "cam/1/frame", new byte[] { (byte) 0xff, (byte) 0xd8, 0, 1, 2, (byte) 0x80 }, 0, false);
		store.append(Direction.IN, "传感器/温度", "二十一度".getBytes(StandardCharsets.UTF_8), 0, true);
		store.append(Direction.IN, "empty", new byte[0], 0, false);
		return store.snapshot();
	}

	@Test
	void everyFormatReadsBackWhatWasWritten() throws IOException {
		List<Message> messages = sample();
		for (String name : List.of("m.csv", "m.json", "m.ndjson", "m.jsonl")) {
			Path file = folder.resolve(name);
			long written = MessageFile.write(file, MessageFile.Format.of(file), consumer -> messages.forEach(consumer));
			assertEquals(messages.size(), written, name);
			List<MessageFile.Entry> read = MessageFile.read(file);
			assertEquals(messages.size(), read.size(), name);
			for (int i = 0; i < messages.size(); i++) {
				Message message = messages.get(i);
				MessageFile.Entry entry = read.get(i);
				assertEquals(message.topic(), entry.topic(), name);
				assertArrayEquals(message.payload(), entry.payload(), name + " payload of " + message.topic());
				assertEquals(message.qos(), entry.qos(), name);
				assertEquals(message.retained(), entry.retained(), name);
				assertEquals(message.direction(), entry.direction(), name);
				assertEquals(message.time(), entry.time(), name);
			}
		}
		String csv = Files.readString(folder.resolve("m.csv"));
		assertTrue(csv.startsWith("time,direction,topic,qos,retained,encoding,payload\n"), csv);
		assertTrue(csv.contains(",base64,/9gAAQKA"), "binary payloads in Base64: " + csv);
	}

	@Test
	void aWrongLineIsNamedAndNothingIsRead() throws IOException {
		Path file = folder.resolve("bad.ndjson");
		Files.writeString(file, "{\"topic\":\"a\",\"payload\":\"1\"}\n{\"topic\":\"b\",\"qos\":7,\"payload\":\"2\"}\n");
		IOException refused = assertThrows(IOException.class, () -> MessageFile.read(file));
		assertTrue(refused.getMessage().startsWith("Line 2:") && refused.getMessage().contains("\"7\""),
				refused.getMessage());

		Path csv = folder.resolve("bad.csv");
		Files.writeString(csv, "topic,payload\nok,1\n\"a/#\",2\n");
		IOException wildcard = assertThrows(IOException.class, () -> MessageFile.read(csv));
		assertTrue(wildcard.getMessage().startsWith("Line 3:"), wildcard.getMessage());

		Path other = folder.resolve("messages.txt");
		Files.writeString(other, "x");
		assertTrue(assertThrows(IOException.class, () -> MessageFile.read(other)).getMessage().contains(".csv"));
	}

	@Test
	void aFailedExportLeavesTheOldFileAsItWas() throws IOException {
		Path file = folder.resolve("keep.json");
		Files.writeString(file, "[]\n");
		assertThrows(IllegalStateException.class, () -> MessageFile.write(file, MessageFile.Format.JSON, consumer -> {
			sample().forEach(consumer);
			throw new IllegalStateException("the history went away");
		}));
		assertEquals("[]\n", Files.readString(file));
		try (var files = Files.list(folder)) {
			assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no half file is left");
		}
	}
}
