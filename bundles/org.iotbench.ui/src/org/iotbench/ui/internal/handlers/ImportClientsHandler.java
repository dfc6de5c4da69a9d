package org.iotbench.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.registry.FleetFile;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.dialogs.ImportClientsWizard;

/** Registers a fleet from a CSV or JSON file, then shows the generated passwords once. */
public final class ImportClientsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		ImportClientsWizard wizard = new ImportClientsWizard(Services.registry());
		if (new WizardDialog(shell, wizard).open() != Window.OK) {
			return null;
		}
		List<FleetFile.Entry> generated = wizard.registered().stream().filter(FleetFile.Entry::generated).toList();
		StringBuilder text = new StringBuilder();
		for (FleetFile.Entry entry : generated) {
			text.append(entry.client().clientId()).append('\t').append(entry.client().password()).append('\n');
		}
		String summary = NLS.bind(Messages.Import_done, wizard.registered().size());
		if (generated.isEmpty()) {
			org.eclipse.jface.dialogs.MessageDialog.openInformation(shell, Messages.Import_title, summary);
		} else {
			new PasswordsDialog(shell, summary + ' ' + Messages.Import_generatedOnce, text.toString()).open();
		}
		return null;
	}
}
