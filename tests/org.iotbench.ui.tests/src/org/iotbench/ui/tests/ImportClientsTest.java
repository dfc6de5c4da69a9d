package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.iotbench.registry.Verdict;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.dialogs.ImportClientsWizard;
import org.junit.jupiter.api.Test;

/** The workbench's fleet import: a preview, all or nothing, and the generated passwords given back once. */
class ImportClientsTest {

	private static WizardDialog open(ImportClientsWizard wizard) {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Point size = dialog.getShell().getSize();
		assertTrue(size.x <= 1366 && size.y <= 768, "the wizard fits a 1366x768 screen: " + size);
		return dialog;
	}

	@Test
	void aFleetIsPreviewedAndRegisteredWithItsGeneratedPasswords() throws Exception {
		String prefix = "wiz" + System.nanoTime() % 100_000 + "-";
		StringBuilder csv = new StringBuilder("id,password,name\n");
		for (int i = 0; i < 50; i++) {
			csv.append(prefix).append(i).append(',').append(i == 0 ? "generate" : "pwd-" + i).append(",Board ")
					.append(i).append('\n');
		}
		Path file = Files.createTempFile("fleet", ".csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);

		ImportClientsWizard wizard = new ImportClientsWizard(Services.registry());
		WizardDialog dialog = open(wizard);
		wizard.read(file);
		assertTrue(wizard.canFinish(), "a good file can be registered");
		assertTrue(wizard.performFinish());
		dialog.close();

		assertEquals(50, wizard.registered().size());
		assertTrue(Services.registry().find(prefix + 49).isPresent());
		var generated = wizard.registered().get(0);
		assertTrue(generated.generated());
		assertEquals(Verdict.ACCEPTED, Services.registry().verify(prefix + 0,
				new String(generated.client().password()).getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aFileWithProblemsCannotBeRegistered() throws Exception {
		String id = "wizbad" + System.nanoTime() % 100_000;
		Path file = Files.createTempFile("fleet", ".csv");
		Files.writeString(file, "id,password\n" + id + ",\n", StandardCharsets.UTF_8);
		ImportClientsWizard wizard = new ImportClientsWizard(Services.registry());
		WizardDialog dialog = open(wizard);
		wizard.read(file);
		assertFalse(wizard.canFinish(), "Finish is off while the file has problems");
		dialog.close();
		assertFalse(Services.registry().find(id).isPresent());
	}
}
