package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.iotbench.payloads.Format;
import org.iotbench.projects.PayloadFormat;
import org.iotbench.projects.Project;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.projects.PayloadFormatsDialog;
import org.iotbench.ui.internal.projects.MessageTable;
import org.iotbench.ui.internal.projects.ProjectEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real device sends CBOR to a local project: the detail pane decodes it and says it guessed; a declaration made
 * in the Payload Formats dialog is saved with the project and decides from then on; "Show as" overrides both.
 */
class PayloadFormatsTest {

	/** {"temp": 21.5} in CBOR, a double (RFC 8949). */
	private static final byte[] CBOR = HexFormat.of().parseHex("a16474656d70fb4035800000000000");
	private DeviceProject lab;
	private ProjectEditor editor;
	private Project project;
	private MqttClient device;
	private String root;

	@BeforeEach
	void open() throws Exception {
		lab = DeviceProject.open("lab");
		editor = lab.editor;
		project = lab.project;
		device = lab.device;
		root = lab.root;
	}

	@AfterEach
	void close() throws Exception {
		lab.close();
	}

	@Test
	void cborIsGuessedThenDeclaredThenShownAsPicked() throws Exception {
		device.publish(root + "/env", CBOR, 1, false);
		MessageTable table = editor.messageTable();
		assertTrue(UiWait.until(10, () -> table.getItemCount() >= 1), "the device's message arrives");
		select(table, 0);
		assertEquals("CBOR (guessed)", editor.detailFormat());
		assertTrue(editor.detailText().contains("\"temp\": 21.5"), editor.detailText());

		PayloadFormatsDialog dialog = new PayloadFormatsDialog(table.control().getShell(), project, Services.projects(), null,
				null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dialog.addFormat(root + "/#", Format.HEX);
		press(dialog.getShell(), IDialogConstants.OK_LABEL);
		assertEquals(1, project.getPayloadFormats().size(), "the declaration is in the project");
		assertEquals(PayloadFormat.HEX, project.getPayloadFormats().get(0).getFormat());
		assertNotNull(editor.decoder().ruleFor(root + "/env"));

		select(table, 0);
		assertEquals("Hex", editor.detailFormat(), "declared: not guessed any more");
		assertTrue(editor.detailText().contains("a1 64 74 65 6d 70"), editor.detailText());

		editor.detailShowAs(5); // CBOR
		assertEquals("CBOR", editor.detailFormat());
		assertTrue(editor.detailText().contains("\"temp\": 21.5"), editor.detailText());
		editor.detailShowAs(0);
		assertEquals("Hex", editor.detailFormat());
	}

	@Test
	void theFilterFindsAValueInsideABinaryPayload() throws Exception {
		device.publish(root + "/env", CBOR, 1, false);
		device.publish(root + "/note", "no numbers here".getBytes(java.nio.charset.StandardCharsets.UTF_8), 1, false);
		MessageTable table = editor.messageTable();
		assertTrue(UiWait.until(10, () -> table.getItemCount() >= 2), "both arrive");
		editor.setFilter("21.5");
		assertTrue(UiWait.until(10, () -> table.getItemCount() == 1 && table.text(0, 2).equals(root + "/env")),
				"21.5 is a CBOR double, not text in the bytes: only the decoded payload has it; rows "
						+ table.getItemCount());
		editor.setFilter("");
		assertTrue(UiWait.until(10, () -> table.getItemCount() >= 2), "all again");
	}

	@Test
	void aDeclaredFormatThatDoesNotFitSaysWhyAndShowsTheBytes() throws Exception {
		PayloadFormatsDialog dialog = new PayloadFormatsDialog(editor.getSite().getShell(), project,
				Services.projects(), null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dialog.addFormat(root + "/json/#", Format.JSON);
		press(dialog.getShell(), IDialogConstants.OK_LABEL);
		device.publish(root + "/json/1", "{\"t\": 1,}".getBytes(), 1, false);
		MessageTable table = editor.messageTable();
		assertTrue(UiWait.until(10, () -> table.getItemCount() >= 1), "the device's message arrives");
		select(table, 0);
		assertTrue(editor.detailFormat().startsWith("JSON, not readable: Not valid JSON at character 9"),
				editor.detailFormat());
		assertTrue(editor.detailText().contains("{\"t\": 1,}"), "the payload is still shown: " + editor.detailText());
	}

	private static void press(Composite parent, String label) {
		Button button = find(parent, label);
		assertNotNull(button, label);
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static Button find(Composite parent, String label) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Button button && label.equals(button.getText())) {
				return button;
			}
			if (child instanceof Composite composite) {
				Button found = find(composite, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void select(MessageTable table, int index) {
		table.select(index);
	}
}
