package org.iotbench.projects.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.iotbench.history.History;
import org.iotbench.history.MessageFile;
import org.iotbench.history.Replay;
import org.iotbench.projects.Project;
import org.iotbench.projects.core.internal.LocalProjectService;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.Session;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's messages outlive the workbench: a restart shows what came before, from a real device. */
class ProjectHistoryTest {

	@TempDir
	Path folder;
	private Workbench workbench;

	@BeforeEach
	void open() throws Exception {
		workbench = new Workbench(folder);
		workbench.startBroker();
	}

	@AfterEach
	void close() throws Exception {
		workbench.close();
	}

	@Test
	void aRestartOfTheWorkbenchShowsTheMessagesOfBefore() throws Exception {
		LocalProjectService first = workbench.open();
		Project greenhouse = Samples.local(first, "Greenhouse");
		first.add(greenhouse, null);
		Session session = first.session(greenhouse);
		Device esp32 = workbench.device();
		for (int i = 0; i < 20; i++) {
			esp32.publish("greenhouse/temperature", Integer.toString(20 + i), 1, false);
		}
		assertTrue(Eventually.within(10, () -> session.messages().size() == 20), "the project recorded the device");
		first.close(); // the workbench stops

		LocalProjectService second = workbench.open();
		Project again = second.registry().getProjects().get(0);
		Session reopened = second.session(again);
		List<Message> shown = reopened.messages().snapshot();
		assertEquals(20, shown.size(), "the messages of before are shown again");
		assertEquals("39", new String(shown.get(19).payload(), StandardCharsets.UTF_8));
		assertEquals("greenhouse/temperature", shown.get(0).topic());
		assertTrue(second.historyProblem(again).isEmpty());
		History history = second.history(again).orElseThrow();
		assertEquals(20, history.topics().find("greenhouse/temperature").ownCount(), "the topic tree too");

		esp32.publish("greenhouse/temperature", "40", 1, false);
		assertTrue(Eventually.within(10, () -> reopened.messages().size() == 21));
		assertEquals(21, reopened.messages().get(20).sequence(), "numbering goes on");
	}

	/**
	 * A device's messages exported from one project, imported into another (with their times), and replayed through
	 * it: a device subscribed to the topics receives them all, in order, with their spacing shortened by the speed.
	 */
	@Test
	void anExportedHistoryImportsAndReplaysInOrder() throws Exception {
		LocalProjectService service = workbench.open();
		Project source = Samples.local(service, "Greenhouse");
		service.add(source, null);
		Session recording = service.session(source);
		Device esp32 = workbench.device();
		for (int i = 0; i < 10; i++) {
			esp32.publish("greenhouse/soil", Integer.toString(i), 1, false);
			Thread.sleep(50);
		}
		assertTrue(Eventually.within(10, () -> recording.messages().size() == 10));
		History history = service.history(source).orElseThrow();
		assertTrue(history.flush(10, java.util.concurrent.TimeUnit.SECONDS));
		Path file = folder.resolve("greenhouse.ndjson");
		assertEquals(10, MessageFile.write(file, MessageFile.Format.NDJSON,
				consumer -> history.forwards(message -> {
					consumer.accept(message);
					return true;
				})));

		Project target = Samples.local(service, "Replayed");
		target.getSubscriptions().clear();
		service.add(target, null);
		Session replaying = service.session(target);
		List<MessageFile.Entry> entries = MessageFile.read(file);
		for (MessageFile.Entry entry : entries) { // what Import Messages does
			replaying.messages().append(entry.time(), entry.direction(), entry.topic(), entry.payload(), entry.qos(),
					entry.retained());
		}
		assertEquals(recording.messages().get(0).time(), replaying.messages().get(0).time(),
				"imported messages keep their time");

		Device listener = workbench.listener();
		listener.client.subscribe("greenhouse/#", 1);
		Replay replay = new Replay(entries, 5);
		int[] progress = { 0 };
		long start = System.nanoTime();
		int published = replay.run(replaying, new Replay.Progress() {
			@Override
			public void published(int done, int total) {
				progress[0] = done;
			}

			@Override
			public boolean stopped() {
				return false;
			}
		});
		long tookMillis = (System.nanoTime() - start) / 1_000_000;
		assertEquals(10, published);
		assertEquals(10, progress[0]);
		assertTrue(listener.awaitMessages(10), "the listener receives the replay: " + listener.received);
		assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
				listener.received.stream().map(Device.Received::payload).toList(), "in order");
		assertTrue(tookMillis >= replay.durationMillis() - 20 && replay.durationMillis() >= 80,
				"the spacing is kept, five times shorter: " + tookMillis + " ms for " + replay.durationMillis());
	}

	@Test
	void removingAProjectDeletesItsHistory() throws Exception {
		LocalProjectService service = workbench.open();
		Project greenhouse = Samples.local(service, "Greenhouse");
		service.add(greenhouse, null);
		service.session(greenhouse);
		Path file = service.history(greenhouse).orElseThrow().file();
		assertTrue(Files.exists(file));

		service.remove(greenhouse);

		assertFalse(Files.exists(file), "no history is left behind");
	}
}
