package org.iotbench.ui.internal.dialogs;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.iotbench.registry.ClientRegistryService;
import org.iotbench.registry.CredentialGenerator;
import org.iotbench.registry.FleetFile;
import org.iotbench.registry.RegistryException;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.views.TableColumns;

/**
 * Registers a fleet from a CSV or JSON file, as {@code iotbench clients import} does: a preview of every client, or
 * of every problem (then nothing can be registered); all clients are registered in one change, and the generated
 * passwords are shown once.
 */
public final class ImportClientsWizard extends Wizard {

	private final ClientRegistryService registry;
	private final FilePage page = new FilePage();
	private List<FleetFile.Entry> entries = List.of();
	private List<FleetFile.Entry> registered = List.of();

	public ImportClientsWizard(ClientRegistryService registry) {
		this.registry = registry;
		setWindowTitle(Messages.Import_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	/** The clients registered by Finish, with their passwords (to show the generated ones once). */
	public List<FleetFile.Entry> registered() {
		return registered;
	}

	/** Reads a file into the preview (also used by tests). */
	public void read(Path file) {
		page.read(file);
	}

	@Override
	public boolean performFinish() {
		List<FleetFile.Entry> chosen = entries;
		String[] failure = new String[1];
		try {
			getContainer().run(true, false, (IProgressMonitor monitor) -> {
				monitor.beginTask(NLS.bind(Messages.Import_progress, chosen.size()), IProgressMonitor.UNKNOWN);
				try {
					registry.registerAll(chosen.stream().map(FleetFile.Entry::client).toList(),
							i -> chosen.get(i).where());
				} catch (RegistryException e) {
					failure[0] = e.getMessage();
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			failure[0] = String.valueOf(e.getCause().getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		if (failure[0] != null) {
			page.showProblems(failure[0]);
			return false;
		}
		registered = chosen;
		return true;
	}

	private final class FilePage extends WizardPage {

		private Text file;
		private TableViewer preview;
		private Text problems;

		FilePage() {
			super("file"); //$NON-NLS-1$
			setTitle(Messages.Import_pageTitle);
			setDescription(Messages.Import_pageDescription);
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
			new Label(body, SWT.NONE).setText(Messages.Import_file);
			file = new Text(body, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
			Button browse = new Button(body, SWT.PUSH);
			browse.setText(Messages.Import_browse);
			browse.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.csv;*.json", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
				String chosen = dialog.open();
				if (chosen != null) {
					file.setText(chosen);
				}
			});
			file.addListener(SWT.Modify, e -> {
				String text = file.getText().trim();
				if (!text.isEmpty()) {
					read(Path.of(text));
				}
			});
			Label format = new Label(body, SWT.WRAP);
			format.setText(Messages.Import_format);
			GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(500, SWT.DEFAULT).applyTo(format);

			preview = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
			preview.getTable().setHeaderVisible(true);
			preview.setContentProvider(ArrayContentProvider.getInstance());
			TableColumns.add(preview, FleetFile.Entry.class, Messages.Import_columnId, 140,
					e -> e.client().clientId(), e -> null);
			TableColumns.add(preview, FleetFile.Entry.class, Messages.Import_columnName, 140,
					e -> e.client().name(), e -> null);
			TableColumns.add(preview, FleetFile.Entry.class, Messages.Import_columnPassword, 110,
					e -> e.generated() ? Messages.Import_generated : Messages.Import_given, e -> null);
			TableColumns.add(preview, FleetFile.Entry.class, Messages.Import_columnPermissions, 220,
					e -> permissions(e), e -> null);
			GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 200)
					.applyTo(preview.getControl());

			problems = new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
			problems.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_RED));
			GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 60).applyTo(problems);
			setControl(body);
		}

		private String permissions(FleetFile.Entry entry) {
			String publish = String.join(" ", entry.client().publish()); //$NON-NLS-1$
			String subscribe = String.join(" ", entry.client().subscribe()); //$NON-NLS-1$
			return publish.isEmpty() && subscribe.isEmpty() ? Messages.Import_anywhere
					: NLS.bind(Messages.Import_permissions, publish.isEmpty() ? "*" : publish, //$NON-NLS-1$
							subscribe.isEmpty() ? "*" : subscribe); //$NON-NLS-1$
		}

		void read(Path path) {
			if (!path.toString().equals(file.getText().trim())) {
				file.setText(path.toString()); // reads it through the listener
				return;
			}
			entries = List.of();
			if (!Files.isRegularFile(path)) {
				show(List.of(), NLS.bind(Messages.Import_noFile, path));
				return;
			}
			try {
				entries = FleetFile.read(path, new CredentialGenerator());
				show(entries, ""); //$NON-NLS-1$
			} catch (IOException e) {
				show(List.of(), NLS.bind(Messages.Import_unreadable, path, e.getMessage()));
			} catch (RegistryException e) {
				show(List.of(), NLS.bind(Messages.Import_problems, e.getMessage()));
			}
		}

		private void show(List<FleetFile.Entry> shown, String problem) {
			preview.setInput(shown);
			showProblems(problem);
			setMessage(shown.isEmpty() ? null : NLS.bind(Messages.Import_ready, shown.size()));
			setPageComplete(!shown.isEmpty() && problem.isEmpty());
		}

		void showProblems(String problem) {
			problems.setText(problem);
			problems.setToolTipText(problem.isEmpty() ? null : problem);
			setErrorMessage(problem.isEmpty() ? null : Messages.Import_notReady);
		}
	}
}
