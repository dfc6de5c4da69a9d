package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Perspective;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.projects.MessageTable;
import org.iotbench.ui.internal.projects.ProjectEditor;
import org.iotbench.ui.internal.projects.ProjectEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The publish area and the detail pane of a local project's editor with large payloads and a filtered list. */
class PublishAndDetailTest {

	private IWorkbenchPage page;
	private ProjectEditor editor;

	@BeforeAll
	static void brokerRuns() throws Exception {
		LocalBroker.ensureRunning();
	}

	@BeforeEach
	void open() throws Exception {
		var window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(Perspective.ID, window);
		page = window.getActivePage();
		Project project = Services.projects().newLocalProject();
		project.setName("Payloads " + System.nanoTime());
		Services.projects().add(project, null);
		editor = (ProjectEditor) page.openEditor(new ProjectEditorInput(project), ProjectEditor.ID);
		assertTrue(editor.subscribe("big/#"));
	}

	@AfterEach
	void close() {
		page.closeEditor(editor, false);
	}

	@Test
	void aPayloadOverTheDeviceLimitIsRefusedInWordsAndNothingIsSent() throws Exception {
		int limit = Services.broker().status().settings().maxMessageBytes();
		Path file = Files.createTempFile("iotbench-big", ".bin");
		Files.write(file, new byte[limit + 150_000]);
		long before = Services.broker().statistics().published();
		assertFalse(editor.publishFile("big/firmware", file), "refused, as a device's packet would be");
		assertTrue(editor.publishProblem().contains("at most"), "the reason is shown: " + editor.publishProblem());
		assertEquals(before, Services.broker().statistics().published(), "nothing reached the broker");
	}

	@Test
	void aLargePayloadIsHeldAsideAndTheDetailPaneShowsABoundedPart() throws Exception {
		Path file = Files.createTempFile("iotbench-large", ".txt");
		Files.writeString(file, "x".repeat(200_000));
		assertTrue(editor.publishFile("big/doc", file), editor.publishProblem());
		assertTrue(editor.publishPayloadField().getCharCount() < 10_000,
				"the field shows a preview, not 200,000 characters: " + editor.publishPayloadField().getCharCount());
		assertFalse(editor.publishPayloadField().getEditable(), "a held payload is not edited in place");

		MessageTable table = editor.messageTable();
		assertTrue(UiWait.until(10, () -> table.getItemCount() >= 2), "sent and received back");
		select(table, table.getItemCount() - 1);
		String detail = editor.detailText();
		assertTrue(detail.contains("200000 bytes"), detail.substring(0, Math.min(200, detail.length())));
		assertTrue(detail.length() < 40_000, "the detail pane shows a bounded beginning: " + detail.length());
	}

	@Test
	void theDetailPaneAlwaysShowsTheSelectedRowOrNothing() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertTrue(editor.publish("big/a", "alpha-" + i));
			assertTrue(editor.publish("big/b", "beta-" + i));
		}
		MessageTable table = editor.messageTable();
		assertTrue(UiWait.until(10, () -> editor.session().messages().size() >= 20 && table.getItemCount() >= 20));
		int row = findRow(table, "beta-3");
		select(table, row);
		assertTrue(editor.detailText().contains("beta-3"), editor.detailText());

		editor.setFilter("alpha");
		assertTrue(UiWait.until(5, () -> table.getItemCount() == 10), "only alpha rows: " + table.getItemCount());
		assertConsistent(table);

		editor.setFilter("");
		assertTrue(UiWait.until(5, () -> table.getItemCount() == 20));
		select(table, findRow(table, "alpha-1"));
		for (int i = 0; i < 5; i++) { // newer messages shift nothing the user sees
			assertTrue(editor.publish("big/c", "gamma-" + i));
		}
		assertTrue(UiWait.until(5, () -> table.getItemCount() >= 30));
		assertConsistent(table);
		assertTrue(editor.detailText().contains("alpha-1"), "the selection stays on its message");
	}

	@Test
	void theContextMenuOfAMessageFiltersByItsTopicAndFillsThePublishArea() throws Exception {
		assertTrue(editor.publish("big/menu", "menu-payload"));
		assertTrue(editor.publish("big/other", "other-payload"));
		MessageTable table = editor.messageTable();
		assertTrue(UiWait.until(10, () -> table.getItemCount() >= 4));
		select(table, findRow(table, "menu-payload"));
		org.eclipse.swt.widgets.Menu menu = table.control().getMenu();
		assertTrue(menu != null, "message rows have a context menu");
		menuItem(menu, "Publish Again").notifyListeners(SWT.Selection, new Event());
		assertEquals("menu-payload", editor.publishPayloadField().getText(), "the publish area holds the message");
		menuItem(menu, "Filter by This Topic").notifyListeners(SWT.Selection, new Event());
		assertTrue(UiWait.until(5, () -> table.getItemCount() == 2), "only big/menu: " + table.getItemCount());
		for (int i = 0; i < table.getItemCount(); i++) {
			assertEquals("big/menu", table.text(i, 2));
		}
	}

	private static org.eclipse.swt.widgets.MenuItem menuItem(org.eclipse.swt.widgets.Menu menu, String label) {
		for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
			if (item.getText().replace("&", "").equals(label)
					|| item.getText().replace("&", "").equals(label + "...")) {
				return item;
			}
		}
		throw new AssertionError("no menu item " + label);
	}

	/** The detail pane shows the selected row's message, or nothing when no row is selected. */
	private void assertConsistent(MessageTable table) {
		int index = table.getSelectionIndex();
		if (index < 0) {
			assertEquals("", editor.detailText(), "no row selected, so no detail");
		} else {
			String payload = table.text(index, 5);
			assertTrue(editor.detailText().contains(payload),
					"row " + index + " shows " + payload + " but the detail pane: " + editor.detailText());
		}
	}

	private static int findRow(MessageTable table, String payload) throws Exception {
		UiWait.until(5, () -> {
			for (int i = 0; i < table.getItemCount(); i++) {
				if (payload.equals(table.text(i, 5))) {
					return true;
				}
			}
			return false;
		});
		for (int i = 0; i < table.getItemCount(); i++) {
			if (payload.equals(table.text(i, 5))) {
				return i;
			}
		}
		throw new AssertionError(payload + " is not in the list");
	}

	private static void select(MessageTable table, int index) {
		table.select(index);
	}
}
