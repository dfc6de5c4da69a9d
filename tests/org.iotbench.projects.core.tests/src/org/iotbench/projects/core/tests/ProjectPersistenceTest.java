package org.iotbench.projects.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.iotbench.projects.MqttVersion;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectKind;
import org.iotbench.projects.PublishTemplate;
import org.iotbench.projects.RemoteConnection;
import org.iotbench.projects.Subscription;
import org.iotbench.projects.TlsTrust;
import org.iotbench.projects.Transport;
import org.iotbench.projects.core.internal.LocalProjectService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Projects are saved in {@code projects.xmi} and are all back, field for field, when the workbench starts again. */
class ProjectPersistenceTest {

	@TempDir
	Path folder;
	private Workbench workbench;
	private Path caFile;

	@BeforeEach
	void open() throws Exception {
		workbench = new Workbench(folder);
		caFile = Files.writeString(Files.createDirectories(folder.resolve("certificates")).resolve("office-ca.pem"),
				"-----BEGIN CERTIFICATE-----\nnot checked when saving\n-----END CERTIFICATE-----\n");
	}

	@AfterEach
	void close() throws Exception {
		if (workbench != null) {
			workbench.close();
		}
	}

	static List<String> subscriptions(Project project) {
		return project.getSubscriptions().stream().map(ProjectPersistenceTest::describe).toList();
	}

	private static String describe(Subscription s) {
		return s.getTopicFilter() + " QoS " + s.getQos() + " colour " + s.getColor() + " alias " + s.getAlias()
				+ (s.isMuted() ? " muted" : "");
	}

	private static List<String> published(Project project) {
		return project.getPublishHistory().stream().map(ProjectPersistenceTest::describe).toList();
	}

	private static String describe(PublishTemplate t) {
		return t.getTopic() + " " + t.getFormat() + " '" + t.getPayload() + "' QoS " + t.getQos()
				+ (t.isRetain() ? " retained" : "");
	}

	@Test
	void aLocalAndARemoteProjectAreBackAfterARestart() throws Exception {
		LocalProjectService service = workbench.open();
		Project local = Samples.local(service, "Greenhouse");
		local.getSubscriptions().get(1).setMuted(true);
		service.add(local, null);
		Project remote = Samples.remote(service, "Office broker", caFile);
		service.add(remote, Samples.REMOTE_PASSWORD.toCharArray());
		String localId = local.getId();
		String remoteId = remote.getId();
		Project expectedLocal = EcoreUtil.copy(local);
		Project expectedRemote = EcoreUtil.copy(remote);
		service.close();

		LocalProjectService restarted = workbench.open();

		assertTrue(restarted.loadProblem().isEmpty(), () -> restarted.loadProblem().get());
		List<Project> projects = restarted.registry().getProjects();
		assertEquals(List.of("Greenhouse", "Office broker"), projects.stream().map(Project::getName).toList());
		Project localAgain = projects.get(0);
		Project remoteAgain = projects.get(1);

		assertEquals(ProjectKind.LOCAL, localAgain.getKind());
		assertEquals(localId, localAgain.getId(), "the id survives, so that the project keeps its password");
		assertEquals("The greenhouse sensors on the embedded broker", localAgain.getDescription());
		assertEquals(5_000, localAgain.getMessageCapacity());
		assertEquals(local.getCreated(), localAgain.getCreated());
		assertEquals(List.of("greenhouse/# QoS 1 colour #2E8B57 alias Greenhouse",
				"+/esp32/count QoS 0 colour #FF8C00 alias null muted"), subscriptions(localAgain));
		assertEquals(List.of("greenhouse/fan TEXT 'on' QoS 1",
				"config/interval JSON '{\"seconds\": 60}' QoS 0 retained"), published(localAgain));
		assertNull(localAgain.getConnection(), "a local project has no broker to connect to");

		assertEquals(ProjectKind.REMOTE, remoteAgain.getKind());
		assertEquals(remoteId, remoteAgain.getId());
		assertEquals(List.of("office/+/temperature QoS 2 colour #1E90FF alias Office"), subscriptions(remoteAgain));
		assertEquals(List.of("office/display HEX '48656c6c6f' QoS 2"), published(remoteAgain));
		RemoteConnection connection = remoteAgain.getConnection();
		assertEquals("broker.example.org", connection.getHost());
		assertEquals(8883, connection.getPort());
		assertEquals(Transport.TLS, connection.getTransport());
		assertEquals(MqttVersion.V5, connection.getMqttVersion());
		assertEquals("bench-office-1", connection.getClientId());
		assertEquals("office", connection.getUsername());
		assertEquals(30, connection.getKeepAliveSeconds());
		assertFalse(connection.isCleanStart());
		assertEquals(3_600, connection.getSessionExpirySeconds());
		assertFalse(connection.isAutoReconnect());
		assertEquals(5, connection.getConnectTimeoutSeconds());
		assertEquals("office/bench/status", connection.getWillTopic());
		assertEquals("offline", connection.getWillPayload());
		assertEquals(1, connection.getWillQos());
		assertTrue(connection.isWillRetain());
		assertEquals(TlsTrust.CA_FILE, connection.getTlsTrust());
		assertEquals(caFile.toString(), connection.getCaFile());

		assertTrue(EcoreUtil.equals(expectedLocal, localAgain), "nothing else changed in the local project");
		assertTrue(EcoreUtil.equals(expectedRemote, remoteAgain), "nothing else changed in the remote project");
		assertArrayEquals(Samples.REMOTE_PASSWORD.toCharArray(), restarted.password(remoteAgain),
				"the password is found again under the kept id");
	}

	@Test
	void newProjectsGetNamesNoProjectHasAndARemoteOneGetsTheDefaults() throws Exception {
		LocalProjectService service = workbench.open();
		service.add(service.newLocalProject(), null);
		Project remote = service.newRemoteProject();

		assertEquals("Local project 2", service.newLocalProject().getName());
		assertEquals("Remote project", remote.getName());
		assertEquals(1883, remote.getConnection().getPort());
		assertEquals(MqttVersion.V311, remote.getConnection().getMqttVersion());
		assertTrue(remote.getConnection().getClientId() != null && !remote.getConnection().getClientId().isBlank());
		assertEquals(List.of(LocalProjectService.FILE_NAME), workbench.fileNames(), "only the projects file is saved");
	}

	@Test
	void withoutAProjectsFileTheServiceStartsEmptyAndWritesNothing() throws Exception {
		LocalProjectService service = workbench.open();

		assertTrue(service.registry().getProjects().isEmpty());
		assertTrue(service.loadProblem().isEmpty());
		assertEquals(List.of(), workbench.fileNames());
	}

	@Test
	void savedMessagesAreBackAfterARestartInTheirOrderAndGroups() throws Exception {
		LocalProjectService service = workbench.open();
		Project project = Samples.local(service, "Lamps");
		for (String[] saved : new String[][] { { "Lamp on", "Desk", "lamps/desk", "{\"on\": true}" },
				{ "Lamp off", "Desk", "lamps/desk", "{\"on\": false}" }, { "Reboot", null, "lamps/all/cmd", "reboot" } }) {
			org.iotbench.projects.SavedMessage message = org.iotbench.projects.ProjectsFactory.eINSTANCE
					.createSavedMessage();
			message.setName(saved[0]);
			message.setGroup(saved[1]);
			message.setTopic(saved[2]);
			message.setPayload(saved[3]);
			message.setFormat(org.iotbench.projects.PayloadFormat.JSON);
			message.setQos(1);
			message.setRetain(saved[1] != null);
			project.getSavedMessages().add(message);
		}
		service.add(project, null);
		service.close();

		LocalProjectService restarted = workbench.open();
		Project again = restarted.registry().getProjects().get(0);
		assertEquals(List.of("Desk/Lamp on lamps/desk {\"on\": true} JSON 1 true",
				"Desk/Lamp off lamps/desk {\"on\": false} JSON 1 true", "null/Reboot lamps/all/cmd reboot JSON 1 false"),
				again.getSavedMessages().stream().map(m -> m.getGroup() + '/' + m.getName() + ' ' + m.getTopic() + ' '
						+ m.getPayload() + ' ' + m.getFormat() + ' ' + m.getQos() + ' ' + m.isRetain()).toList());
	}

	@Test
	void dashboardsAreBackAfterARestartAndTravelWithACopyAndAnExport() throws Exception {
		LocalProjectService service = workbench.open();
		Project project = Samples.local(service, "Desk");
		org.iotbench.projects.Dashboard dashboard = org.iotbench.projects.ProjectsFactory.eINSTANCE.createDashboard();
		dashboard.setName("ESP32");
		dashboard.setLocked(true);
		org.iotbench.projects.Widget slider = org.iotbench.projects.ProjectsFactory.eINSTANCE.createWidget();
		slider.setKind(org.iotbench.projects.WidgetKind.SLIDER);
		slider.setTopic("devices/esp32/command");
		slider.setPayload("{\"pwm\": ${value}}");
		slider.setMax(255);
		slider.setColumn(4);
		slider.setWidth(5);
		slider.setQos(1);
		dashboard.getWidgets().add(slider);
		project.getDashboards().add(dashboard);
		service.add(project, null);
		service.close();

		LocalProjectService restarted = workbench.open();
		Project again = restarted.registry().getProjects().get(0);
		assertEquals(1, again.getDashboards().size());
		assertTrue(EcoreUtil.equals(dashboard, again.getDashboards().get(0)), "the dashboard as it was saved");

		Project copy = restarted.duplicate(again);
		assertTrue(EcoreUtil.equals(dashboard, copy.getDashboards().get(0)), "a copy of the project has it");
		assertFalse(copy.getDashboards().get(0) == again.getDashboards().get(0), "its own, not shared");

		Path exported = folder.resolve("desk.iotbench");
		restarted.export(List.of(again), exported);
		List<Project> imported = restarted.importFrom(exported);
		assertTrue(EcoreUtil.equals(dashboard, imported.get(0).getDashboards().get(0)), "an export carries it");
	}
}
