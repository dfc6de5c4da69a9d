package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.iotbench.history.TopicNode;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Perspective;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.projects.MessageTable;
import org.iotbench.ui.internal.projects.ProjectEditor;
import org.iotbench.ui.internal.projects.ProjectEditorInput;
import org.iotbench.ui.internal.topics.RetainedDeletion;
import org.iotbench.ui.internal.topics.TopicsPage;
import org.iotbench.ui.internal.topics.TopicsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Topics view of an open project, fed by a real device on the workbench's broker: counts and retained markers,
 * selecting a topic filters the message list, and deleting retained messages under a node empties the broker's
 * retained store for a device that subscribes afterwards.
 */
class TopicsTest {

	private static final String PASSWORD = "topics-test-pw";
	private IWorkbenchPage page;
	private ProjectEditor editor;
	private MqttClient device;
	private String root;

	@BeforeAll
	static void brokerRuns() throws Exception {
		LocalBroker.ensureRunning();
	}

	@BeforeEach
	void open() throws Exception {
		var window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(Perspective.ID, window);
		page = window.getActivePage();
		root = "yard" + System.nanoTime();
		Project project = Services.projects().newLocalProject();
		project.setName("Topics " + root);
		Services.projects().add(project, null);
		editor = (ProjectEditor) page.openEditor(new ProjectEditorInput(project), ProjectEditor.ID);
		assertTrue(editor.subscribe(root + "/#"));
		String id = "dev-" + root;
		Services.registry().register("Yard sensor", id, PASSWORD.toCharArray(), "");
		device = connect(id);
	}

	private static MqttClient connect(String id) throws Exception {
		MqttClient client = new MqttClient("tcp://127.0.0.1:" + Services.broker().status().settings().port(), id,
				new MemoryPersistence());
		MqttConnectOptions options = new MqttConnectOptions();
		options.setUserName(id);
		options.setPassword(PASSWORD.toCharArray());
		options.setCleanSession(true);
		client.connect(options);
		return client;
	}

	@AfterEach
	void close() throws Exception {
		if (device != null && device.isConnected()) {
			device.disconnect();
		}
		if (device != null) {
			device.close();
		}
		page.closeEditor(editor, false);
	}

	@Test
	void theTreeCountsWhatADeviceSendsAndATopicFiltersTheList() throws Exception {
		for (int i = 0; i < 6; i++) {
			device.publish(root + "/pump/flow", ("{\"lpm\": " + i + "}").getBytes(), 1, false);
		}
		for (int i = 0; i < 3; i++) {
			device.publish(root + "/lamp/" + i + "/state", "on".getBytes(), 1, true);
		}
		TopicsPage topics = showTopics();
		assertTrue(UiWait.until(10, () -> {
			topics.refreshNow();
			TopicNode yard = editor.history().topics().find(root);
			return yard != null && yard.subtreeCount() == 9;
		}), "the tree counts the device's 9 messages");
		TopicNode yard = editor.history().topics().find(root);
		assertEquals(3, yard.retainedInSubtree(), "three retained lamps");
		assertEquals(6, editor.history().topics().find(root + "/pump/flow").ownCount());
		assertEquals("{\"lpm\": 5}", new String(editor.history().topics().find(root + "/pump/flow").lastPayload()));

		TreeItem top = findItem(topics.viewer().getTree().getItems(), root);
		assertNotNull(top, "the project's top level is in the tree");
		assertEquals("9", top.getText(1), "the Messages column counts the subtree");

		topics.viewer().setSelection(new StructuredSelection(editor.history().topics().find(root + "/pump")));
		TopicsView view = (TopicsView) page.findView(TopicsView.ID);
		Object shown = ((org.eclipse.jface.viewers.IStructuredSelection) view.getSite().getSelectionProvider()
				.getSelection()).getFirstElement();
		assertTrue(shown instanceof org.eclipse.ui.views.properties.IPropertySource,
				"the Properties view gets the selected level: " + shown);
		var properties = (org.eclipse.ui.views.properties.IPropertySource) shown;
		assertEquals(root + "/pump", properties.getPropertyValue("topic"));
		assertEquals("6", properties.getPropertyValue("subtree"));
		assertEquals("0", properties.getPropertyValue("own"));
		MessageTable table = editor.messageTable();
		assertTrue(UiWait.until(5, () -> table.getItemCount() == 6), "only the pump's messages: " + table.getItemCount());
		for (int i = 0; i < table.getItemCount(); i++) {
			assertEquals(root + "/pump/flow", table.text(i, 2));
		}
		topics.viewer().setSelection(StructuredSelection.EMPTY);
		assertTrue(UiWait.until(5, () -> table.getItemCount() == 9), "every message again");
	}

	@Test
	void busiestTopicsComeFirstWhenAsked() throws Exception {
		for (int i = 0; i < 30; i++) {
			device.publish(root + "/zz-busy", "x".getBytes(), 0, false);
		}
		device.publish(root + "/aa-quiet", "x".getBytes(), 1, false);
		TopicsPage topics = showTopics();
		assertTrue(UiWait.until(10, () -> {
			TopicNode node = editor.history().topics().find(root);
			return node != null && node.subtreeCount() == 31;
		}));
		topics.orderByRate(true);
		TopicNode[] top = editor.history().topics().find(root).children();
		assertEquals(2, top.length);
		topics.viewer().expandToLevel(editor.history().topics().find(root), 1);
		TreeItem yard = findItem(topics.viewer().getTree().getItems(), root);
		assertTrue(UiWait.until(5, () -> yard.getItemCount() == 2 && "zz-busy".equals(yard.getItem(0).getText(0))),
				"the busy topic first");
		topics.orderByRate(false);
		TreeItem again = findItem(topics.viewer().getTree().getItems(), root);
		assertTrue(UiWait.until(5, () -> again.getItemCount() == 2 && "aa-quiet".equals(again.getItem(0).getText(0))),
				"by name again");
	}

	@Test
	void deletingRetainedMessagesUnderANodeEmptiesTheBrokersStore() throws Exception {
		for (int i = 0; i < 4; i++) {
			device.publish(root + "/valve/" + i, "open".getBytes(), 1, true);
		}
		device.publish(root + "/other", "kept".getBytes(), 1, true);
		assertTrue(UiWait.until(10, () -> {
			TopicNode node = editor.history().topics().find(root);
			return node != null && node.retainedInSubtree() == 5;
		}));
		TopicNode valves = editor.history().topics().find(root + "/valve");
		List<String> retained = editor.history().topics().retainedTopics(valves);
		assertEquals(4, retained.size());

		// what the menu item runs after the confirmation
		Job deletion = new RetainedDeletion(editor.session(), retained);
		deletion.schedule();
		assertTrue(UiWait.until(10, () -> deletion.getResult() != null), "the deletion job ends");
		assertTrue(deletion.getResult().isOK(), deletion.getResult().toString());
		assertTrue(UiWait.until(10, () -> valves.retainedInSubtree() == 0), "the markers go");
		assertEquals(1, editor.history().topics().find(root).retainedInSubtree(), "the other one stays");

		List<String> received = new CopyOnWriteArrayList<>();
		device.disconnect();
		MqttClient late = connect(device.getClientId());
		try {
			late.subscribe(root + "/#", 1, (topic, message) -> {
				if (message.getPayload().length > 0) {
					received.add(topic);
				}
			});
			assertTrue(UiWait.until(5, () -> received.contains(root + "/other")));
			TimeUnit.MILLISECONDS.sleep(300);
			assertEquals(List.of(root + "/other"), received, "a device subscribing now gets only the kept one");
		} finally {
			late.disconnect();
			late.close();
		}
	}

	@Test
	void theLastValueIsShownDecodedAndSaysWhenItWasGuessed() throws Exception {
		// {"temp": 21.5} in CBOR (RFC 8949), as an ESP32 with a CBOR library sends it
		device.publish(root + "/env", java.util.HexFormat.of().parseHex("a16474656d70fb4035800000000000"), 1, false);
		TopicsPage topics = showTopics();
		assertTrue(UiWait.until(10, () -> {
			topics.refreshNow();
			return editor.history().topics().find(root + "/env") != null;
		}), "the topic is in the tree");
		TopicNode env = editor.history().topics().find(root + "/env");
		topics.viewer().expandToLevel(editor.history().topics().find(root), 1);
		topics.refreshNow();
		TreeItem yard = findItem(topics.viewer().getTree().getItems(), root);
		assertNotNull(yard);
		TreeItem item = findItem(yard.getItems(), "env");
		assertNotNull(item, "the env level is shown");
		assertEquals("{\"temp\":21.5}", item.getText(4), "the Last value column decodes CBOR");
		topics.viewer().setSelection(new StructuredSelection(env));
		TopicsView view = (TopicsView) page.findView(TopicsView.ID);
		var properties = (org.eclipse.ui.views.properties.IPropertySource) ((org.eclipse.jface.viewers.IStructuredSelection) view
				.getSite().getSelectionProvider().getSelection()).getFirstElement();
		assertEquals("CBOR (guessed)", properties.getPropertyValue("lastFormat"));
	}

	private TopicsPage showTopics() throws Exception {
		TopicsView view = (TopicsView) page.showView(TopicsView.ID);
		page.activate(editor);
		assertTrue(UiWait.until(5, () -> view.getCurrentPage() instanceof TopicsPage), "the view shows the project");
		return (TopicsPage) view.getCurrentPage();
	}

	private static TreeItem findItem(TreeItem[] items, String text) {
		for (TreeItem item : items) {
			if (text.equals(item.getText(0))) {
				return item;
			}
		}
		return null;
	}
}
