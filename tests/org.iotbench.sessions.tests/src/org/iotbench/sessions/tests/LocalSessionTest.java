package org.iotbench.sessions.tests;

import static org.iotbench.sessions.tests.LocalSessionFixture.DISPLAY;
import static org.iotbench.sessions.tests.LocalSessionFixture.SENSOR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.iotbench.broker.BrokerMessage;
import org.iotbench.broker.BrokerState;
import org.iotbench.core.Topics;
import org.iotbench.sessions.Direction;
import org.iotbench.sessions.LocalSession;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.SessionException;
import org.iotbench.sessions.SessionState;
import org.iotbench.sessions.SessionStatus;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local service project inside the real embedded broker, with real Paho devices around it. */
class LocalSessionTest {

	@TempDir
	Path folder;
	private LocalSessionFixture fixture;

	@BeforeEach
	void start() throws Exception {
		fixture = new LocalSessionFixture(folder);
	}

	@AfterEach
	void stop() throws Exception {
		fixture.close();
	}

	private static List<String> topics(LocalSession session) {
		return session.messages().snapshot().stream().map(Message::topic).toList();
	}

	private static String text(Message message) {
		return new String(message.payload(), StandardCharsets.UTF_8);
	}

	private List<String> retainedText(String topic) {
		return fixture.broker.retained(topic).stream().map(m -> new String(m.payload(), StandardCharsets.UTF_8))
				.toList();
	}

	/** Waits until the session recorded a message on a topic; messages come in the order the broker routed them. */
	private static void awaitTopic(LocalSession session, String topic) throws InterruptedException {
		assertTrue(Eventually.within(10, () -> topics(session).contains(topic)),
				topic + " arrives; recorded: " + topics(session));
	}

	@Test
	void wildcardsMatchAsMqttSaysAndAMessageMatchingTwoFiltersIsRecordedOnce() throws Exception {
		LocalSession session = fixture.session();
		session.subscribe("test/#", 0);
		session.subscribe("+/esp32/count", 0);
		Device esp32 = fixture.device(SENSOR);

		esp32.publish("test/esp32", "Hello from ESP32");
		esp32.publish("test/esp32/count", "7");
		esp32.publish("other/x", "not for this project");
		esp32.publish("test/done", "last");
		awaitTopic(session, "test/done");

		assertEquals(List.of("test/esp32", "test/esp32/count", "test/done"), topics(session));
		Message count = session.messages().get(1);
		assertEquals("7", text(count));
		assertEquals(Direction.IN, count.direction());
		assertEquals(0, count.qos());
		assertFalse(count.retained());
		assertEquals(3, session.messages().total());
	}

	@Test
	void leadingWildcardsDoNotMatchDollarTopics() throws Exception {
		LocalSession everything = fixture.session();
		everything.subscribe("#", 0);
		everything.subscribe("+/x", 0);
		LocalSession system = fixture.session();
		system.subscribe("$devices/#", 0);
		Device esp32 = fixture.device(SENSOR);

		esp32.publish("$devices/x", "internal"); // devices may not publish to $SYS
		esp32.publish("plain/x", "visible");
		awaitTopic(system, "$devices/x");
		awaitTopic(everything, "plain/x");

		assertEquals(List.of("plain/x"), topics(everything), "# and +/x do not match $devices/x (MQTT-4.7.2-1)");
		assertEquals(List.of("$devices/x"), topics(system));
	}

	@Test
	void messagesOfEveryQosArriveWithTheirQos() throws Exception {
		LocalSession session = fixture.session();
		session.subscribe("qos/+", 0); // local sessions ignore the subscription QoS
		Device esp32 = fixture.device(SENSOR);

		esp32.publish("qos/0", "at most once", 0, false);
		esp32.publish("qos/1", "at least once", 1, false);
		esp32.publish("qos/2", "exactly once", 2, false);
		assertTrue(Eventually.within(10, () -> session.messages().size() == 3), topics(session).toString());

		List<Message> messages = session.messages().snapshot();
		assertEquals(List.of("qos/0", "qos/1", "qos/2"), messages.stream().map(Message::topic).toList());
		assertEquals(List.of(0, 1, 2), messages.stream().map(Message::qos).toList());
		assertEquals("exactly once", text(messages.get(2)));
	}

	@Test
	void subscribingRecordsRetainedMessagesOfQos0And1AndAnEmptyPayloadClearsThem() throws Exception {
		Device esp32 = fixture.device(SENSOR);
		esp32.publish("greenhouse/status", "online", 1, true);
		esp32.publish("greenhouse/temperature", "21.5", 0, true); // umqtt.simple's default QoS
		esp32.publish("greenhouse/humidity", "40", 1, false); // not retained
		assertTrue(Eventually.within(10, () -> fixture.broker.retained("greenhouse/#").size() == 2),
				"the broker keeps both: " + fixture.broker.retained("greenhouse/#"));

		LocalSession session = fixture.session();
		session.subscribe("greenhouse/#", 1);

		List<Message> retained = session.messages().snapshot();
		assertEquals(List.of("greenhouse/status", "greenhouse/temperature"),
				retained.stream().map(Message::topic).toList());
		assertTrue(retained.stream().allMatch(m -> m.retained() && m.direction() == Direction.IN), retained.toString());
		assertEquals("online", text(retained.get(0)));
		assertEquals(1, retained.get(0).qos());
		assertEquals("21.5", text(retained.get(1)));
		assertEquals(0, retained.get(1).qos());

		session.subscribe("greenhouse/status", 0);
		session.subscribe("greenhouse/#", 0);
		assertEquals(2, session.messages().size(), "filters the session had already brought these retained messages");

		esp32.publish("greenhouse/status", "", 1, true);
		esp32.publish("greenhouse/temperature", "", 0, true);
		awaitTopic(session, "greenhouse/temperature");
		assertTrue(Eventually.within(10, () -> session.messages().size() == 4), topics(session).toString());
		Message cleared = session.messages().get(2);
		assertEquals("greenhouse/status", cleared.topic());
		assertEquals(0, cleared.payload().length);
		assertFalse(cleared.retained(), "the retain flag is cleared for subscribers that were there");
		assertTrue(Eventually.within(10, () -> fixture.broker.retained("greenhouse/#").isEmpty()));

		LocalSession late = fixture.session();
		late.subscribe("greenhouse/#", 0);
		late.subscribe("#", 0);
		assertEquals(0, late.messages().size(), "nothing retained is left: " + topics(late));
	}

	@Test
	void aRetainedMessagePublishedWhileSubscribedArrivesOnceWithTheRetainFlagCleared() throws Exception {
		LocalSession session = fixture.session();
		session.subscribe("door/#", 0);
		Device esp32 = fixture.device(SENSOR);

		esp32.publish("door/state", "open", 1, true);
		awaitTopic(session, "door/state");
		session.subscribe("door/state", 0);
		esp32.publish("door/done", "last");
		awaitTopic(session, "door/done");

		assertEquals(List.of("door/state", "door/done"), topics(session));
		assertFalse(session.messages().get(0).retained());
	}

	/**
	 * The broker remembers a retained message before its listeners see it: one routed while a session subscribes is
	 * both among the retained messages and on its way to the listeners. It must be recorded once.
	 */
	@Test
	void aRetainedMessageRoutedWhileSubscribingIsRecordedOnce() throws Exception {
		for (int round = 0; round < 100; round++) {
			String prefix = round + ":";
			LocalSession session = new LocalSession(fixture.broker, 10_000);
			session.connect();
			Thread publisher = new Thread(() -> {
				for (int i = 0; i < 1_000; i++) {
					fixture.broker.publish(new BrokerMessage("race/t", (prefix + i).getBytes(StandardCharsets.UTF_8),
							0, true, BrokerMessage.WORKBENCH));
				}
			});
			publisher.start();
			Thread.sleep(round % 4);
			session.subscribe("race/#", 0);
			publisher.join();
			assertTrue(Eventually.within(10, () -> session.messages().snapshot().stream()
					.anyMatch(m -> text(m).equals(prefix + 999))));
			session.close();

			List<String> payloads = session.messages().snapshot().stream().map(LocalSessionTest::text)
					.filter(p -> p.startsWith(prefix)).toList();
			assertEquals(payloads.size(), new HashSet<>(payloads).size(), "round " + round + ": " + payloads);
		}
	}

	@Test
	void reconnectingRecordsTheRetainedMessagesOfTheKeptFiltersAgain() throws Exception {
		Device esp32 = fixture.device(SENSOR);
		esp32.publish("lamp/state", "on", 1, true);
		assertTrue(Eventually.within(10, () -> fixture.broker.retained("lamp/state").size() == 1));
		LocalSession session = fixture.session();
		session.subscribe("lamp/#", 0);
		session.subscribe("lamp/state", 0);
		assertEquals(1, session.messages().size());

		session.disconnect();
		esp32.publish("lamp/state", "off", 1, true);
		assertTrue(Eventually.within(10, () -> retainedText("lamp/state").equals(List.of("off"))));
		assertEquals(1, session.messages().size(), "nothing is recorded while disconnected");
		session.connect();

		assertEquals(2, session.messages().size(), "once, although two filters match: " + topics(session));
		Message again = session.messages().get(1);
		assertEquals("off", text(again));
		assertTrue(again.retained());
	}

	@Test
	void unsubscribingStopsRecordingEvenAfterSubscribingTwice() throws Exception {
		LocalSession session = fixture.session();
		session.subscribe("a/#", 0);
		session.subscribe("a/#", 1);
		session.subscribe("b/#", 0);
		session.unsubscribe("a/#");
		session.unsubscribe("never/subscribed");
		Device esp32 = fixture.device(SENSOR);

		esp32.publish("a/1", "no longer wanted");
		esp32.publish("b/1", "still wanted");
		awaitTopic(session, "b/1");

		assertEquals(List.of("b/1"), topics(session));
	}

	@Test
	void publishingReachesDevicesAndOtherSessionsOnceAndComesBackToTheSessionItself() throws Exception {
		Device display = fixture.device(DISPLAY);
		display.client.subscribe("lights/#", 1);
		LocalSession publisher = fixture.session();
		publisher.subscribe("lights/#", 0);
		LocalSession other = fixture.session();
		other.subscribe("lights/+", 0);
		other.subscribe("lights/#", 0);

		publisher.publish("lights/desk", "on".getBytes(StandardCharsets.UTF_8), 1, false);
		publisher.publish("lights/done", "last".getBytes(StandardCharsets.UTF_8), 0, false);

		assertTrue(Eventually.within(10, () -> display.received.size() == 2), display.received.toString());
		assertEquals(new Device.Received("lights/desk", "on"), display.received.get(0));
		assertEquals(1, display.messages.get(0).getQos());
		assertFalse(display.messages.get(0).isRetained());
		awaitTopic(other, "lights/done");
		assertEquals(List.of("lights/desk", "lights/done"), topics(other), "exactly once");
		Message received = other.messages().get(0);
		assertEquals(Direction.IN, received.direction());
		assertEquals("on", text(received));
		assertEquals(1, received.qos());

		assertTrue(Eventually.within(10, () -> publisher.messages().size() == 4), topics(publisher).toString());
		List<Message> own = publisher.messages().snapshot();
		List<Message> desk = own.stream().filter(m -> m.topic().equals("lights/desk")).toList();
		assertEquals(List.of(Direction.OUT, Direction.IN), desk.stream().map(Message::direction).toList(),
				"recorded OUT when published, IN when the broker routes it back, in that order");
		assertArrayEquals(desk.get(0).payload(), desk.get(1).payload());
	}

	@Test
	void aRetainedPublishFromTheSessionIsGivenToLaterSubscribers() throws Exception {
		LocalSession publisher = fixture.session();
		publisher.publish("config/interval", "60".getBytes(StandardCharsets.UTF_8), 0, true);
		assertTrue(Eventually.within(10, () -> fixture.broker.retained("config/#").size() == 1));

		LocalSession later = fixture.session();
		later.subscribe("config/#", 0);

		assertEquals(1, later.messages().size());
		assertTrue(later.messages().get(0).retained());
		assertEquals(1, publisher.messages().size());
		assertEquals(Direction.OUT, publisher.messages().get(0).direction());
		assertTrue(publisher.messages().get(0).retained());
	}

	@Test
	void invalidFiltersAndTopicsAreRefusedWithAReason() {
		LocalSession session = fixture.session();
		for (String filter : List.of("a/#/b", "", "a+")) {
			SessionException refused = assertThrows(SessionException.class, () -> session.subscribe(filter, 0),
					filter);
			assertNotNull(refused.getMessage());
			assertEquals(Topics.checkFilter(filter), refused.getMessage());
		}
		for (String topic : List.of("a/+", "", "a/#")) {
			SessionException refused = assertThrows(SessionException.class,
					() -> session.publish(topic, new byte[0], 0, false), topic);
			assertNotNull(refused.getMessage());
			assertEquals(Topics.checkTopic(topic), refused.getMessage());
		}
		assertEquals(0, session.messages().total(), "nothing recorded");
	}

	@Test
	void theStatusFollowsTheBroker() throws Exception {
		LocalSession session = fixture.session();
		session.subscribe("after/#", 0);
		List<SessionStatus> told = new CopyOnWriteArrayList<>();
		session.addStatusListener(told::add);
		assertEquals(new SessionStatus(SessionState.CONNECTED, ""), session.status());

		assertEquals(BrokerState.STOPPED, fixture.broker.stop().state());

		SessionStatus failed = session.status();
		assertEquals(SessionState.DISCONNECTED, failed.state(), "a stopped broker is waited for, not a failure");
		assertEquals("the local broker is stopped; start it in the Broker view", failed.reason());
		SessionException refused = assertThrows(SessionException.class,
				() -> session.publish("after/x", new byte[0], 0, false));
		assertEquals(failed.reason(), refused.getMessage());
		LocalSession created = fixture.session();
		assertEquals(failed, created.status(), "a project created meanwhile says the same");

		assertTrue(fixture.broker.start(fixture.settings).running());

		assertEquals(SessionState.CONNECTED, session.status().state());
		assertEquals(SessionState.CONNECTED, created.status().state());
		assertEquals(List.of(SessionState.DISCONNECTED, SessionState.CONNECTING, SessionState.CONNECTED),
				told.stream().map(SessionStatus::state).toList());
		Device esp32 = fixture.device(SENSOR);
		esp32.publish("after/restart", "still listening");
		awaitTopic(session, "after/restart");

		session.disconnect();
		assertEquals(SessionStatus.DISCONNECTED, session.status());
		assertEquals(SessionState.DISCONNECTED, told.get(told.size() - 1).state());
		assertThrows(SessionException.class, () -> session.publish("after/x", new byte[0], 0, false));
	}

	@Test
	void aDisconnectedOrClosedSessionRecordsNothing() throws Exception {
		LocalSession session = new LocalSession(fixture.broker, 10);
		assertEquals(SessionStatus.DISCONNECTED, session.status(), "until connected");
		session.subscribe("quiet/#", 0);
		session.connect();
		LocalSession witness = fixture.session();
		witness.subscribe("quiet/#", 0);
		Device esp32 = fixture.device(SENSOR);
		esp32.publish("quiet/1", "heard");
		awaitTopic(session, "quiet/1");

		session.disconnect();
		esp32.publish("quiet/2", "not heard");
		awaitTopic(witness, "quiet/2");
		session.connect();
		session.close();
		esp32.publish("quiet/3", "not heard either");
		awaitTopic(witness, "quiet/3");

		assertEquals(List.of("quiet/1"), topics(session), "the recorded messages stay readable after close");
		assertEquals(SessionStatus.DISCONNECTED, session.status());
		assertThrows(IllegalStateException.class, session::connect);
	}
}
