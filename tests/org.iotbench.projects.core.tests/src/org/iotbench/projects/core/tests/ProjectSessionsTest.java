package org.iotbench.projects.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.iotbench.projects.Project;
import org.iotbench.projects.core.internal.LocalProjectService;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.RemoteSession;
import org.iotbench.sessions.RemoteSettings;
import org.iotbench.sessions.Session;
import org.iotbench.sessions.SessionState;
import org.iotbench.sessions.SessionStatus;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a project opens its session: local ones inside the running embedded broker, remote ones as clients. */
class ProjectSessionsTest {

	@TempDir
	Path folder;
	private Workbench workbench;
	private LocalProjectService service;

	@BeforeEach
	void open() throws Exception {
		workbench = new Workbench(folder);
		workbench.startBroker();
		service = workbench.open();
	}

	@AfterEach
	void close() throws Exception {
		if (workbench != null) {
			workbench.close();
		}
	}

	private static List<String> topics(Session session) {
		return session.messages().snapshot().stream().map(Message::topic).toList();
	}

	private static void awaitTopic(Session session, String topic) throws InterruptedException {
		assertTrue(Eventually.within(10, () -> topics(session).contains(topic)),
				topic + " arrives; recorded: " + topics(session));
	}

	@Test
	void aLocalProjectsSessionIsConnectedAndRecordsWhatItsSubscriptionsMatch() throws Exception {
		Project greenhouse = Samples.local(service, "Greenhouse");
		service.add(greenhouse, null);

		Session session = service.session(greenhouse);

		assertEquals(SessionState.CONNECTED, session.status().state(), session.status().reason());
		assertSame(session, service.session(greenhouse), "one session per project");
		assertSame(session, service.openSession(greenhouse).orElseThrow());
		Device esp32 = workbench.device();
		esp32.publish("greenhouse/temperature", "21.5", 1, false);
		esp32.publish("office/temperature", "not subscribed", 1, false);
		esp32.publish("kitchen/esp32/count", "7", 1, false);
		esp32.publish("greenhouse/done", "last", 1, false);
		awaitTopic(session, "greenhouse/done");

		assertEquals(List.of("greenhouse/temperature", "kitchen/esp32/count", "greenhouse/done"), topics(session));
		assertEquals("21.5", new String(session.messages().get(0).payload(), StandardCharsets.UTF_8));
	}

	/**
	 * Editing a project changes the project itself: its open session goes on with its messages (an editor showing them
	 * must not lose them), and edited subscriptions apply to it.
	 */
	@Test
	void editingAProjectKeepsItsSessionAndAppliesTheNewSubscriptions() throws Exception {
		Project greenhouse = Samples.local(service, "Greenhouse");
		service.add(greenhouse, null);
		Session session = service.session(greenhouse);
		Device esp32 = workbench.device();
		esp32.publish("greenhouse/temperature", "21", 1, false);
		awaitTopic(session, "greenhouse/temperature");

		Project edited = EcoreUtil.copy(greenhouse);
		edited.setDescription("now the office too");
		edited.getSubscriptions().clear();
		edited.getSubscriptions().add(Samples.subscription("office/#", 0, "#123456", "Office"));
		service.replace(greenhouse, edited, null);

		assertSame(session, service.openSession(greenhouse).orElseThrow(), "the same session goes on");
		assertEquals("now the office too", greenhouse.getDescription(), "the project itself was edited");
		assertEquals(SessionState.CONNECTED, session.status().state(), session.status().reason());
		esp32.publish("greenhouse/temperature", "22", 1, false);
		esp32.publish("office/temperature", "19", 1, false);
		awaitTopic(session, "office/temperature");
		assertEquals(List.of("greenhouse/temperature", "office/temperature"), topics(session),
				"the message from before the edit is kept; the edited subscriptions apply after it");
	}

	@Test
	void removingAProjectClosesItsSession() throws Exception {
		Project greenhouse = Samples.local(service, "Greenhouse");
		service.add(greenhouse, null);
		Session session = service.session(greenhouse);

		service.remove(greenhouse);

		assertEquals(SessionStatus.DISCONNECTED, session.status());
		assertTrue(service.openSession(greenhouse).isEmpty());
	}

	@Test
	void aRemoteProjectsSessionIsBuiltFromItsConnectionAndWaitsToBeConnected() throws Exception {
		Path caFile = Files.writeString(folder.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
		Project office = Samples.remote(service, "Office broker", caFile);
		service.add(office, Samples.REMOTE_PASSWORD.toCharArray());

		RemoteSession session = assertInstanceOf(RemoteSession.class, service.session(office));

		assertEquals(SessionStatus.DISCONNECTED, session.status(), "nothing happens before the user connects");
		assertEquals(Map.of("office/+/temperature", 2), session.subscriptions());
		RemoteSettings settings = session.settings();
		assertEquals("broker.example.org", settings.host());
		assertEquals(8883, settings.port());
		assertTrue(settings.mqtt5());
		assertEquals("bench-office-1", settings.clientId());
		assertEquals("office", settings.username());
		assertArrayEquals(Samples.REMOTE_PASSWORD.toCharArray(), settings.password(), "from secure storage");
		assertNotNull(settings.will());
		assertEquals("office/bench/status", settings.will().topic());
		assertEquals("offline", new String(settings.will().payload(), StandardCharsets.UTF_8));
		assertEquals(RemoteSettings.TrustMode.CA_FILE, settings.tls().trust());
		assertEquals(caFile, settings.tls().caFile());
		assertEquals(List.of(), settings.validate(), "a saved project can connect");
		assertSame(session, service.session(office));
	}
}
