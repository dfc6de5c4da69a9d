package org.iotbench.ui.internal.bridges;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.iotbench.bridges.Bridge;
import org.iotbench.bridges.runtime.BridgeException;
import org.iotbench.bridges.runtime.BridgeFile;
import org.iotbench.bridges.runtime.BridgePassword;
import org.iotbench.bridges.runtime.TopicRuleText;
import org.iotbench.ui.internal.Log;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.views.TableColumns;

/**
 * Preferences > Local Broker > Bridges: the broker's bridges to upstream brokers, added, edited and removed at once
 * (each change is a locked write of the bridges file, which the command line's {@code iotbench bridges} shares); a
 * running broker applies a change within seconds, restarting only the bridge that changed.
 */
public final class BridgesPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public static final String ID = "org.iotbench.ui.preferences.bridges"; //$NON-NLS-1$

	private BridgeFile file;
	private TableViewer viewer;
	private Button edit;
	private Button remove;

	@Override
	public void init(IWorkbench workbench) {
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(page);
		Label intro = new Label(page, SWT.WRAP);
		intro.setText(Messages.BridgesPage_intro);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(intro);
		viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableColumns.add(viewer, Bridge.class, Messages.Bridges_name, 110, Bridge::getName, b -> null);
		TableColumns.add(viewer, Bridge.class, Messages.Bridges_upstream, 150,
				b -> b.getHost() + ':' + b.getPort() + (b.isTls() ? " (TLS)" : ""), b -> null); //$NON-NLS-1$ //$NON-NLS-2$
		TableColumns.add(viewer, Bridge.class, Messages.BridgesPage_rules, 200,
				b -> String.join("; ", b.getRules().stream().map(TopicRuleText::format).toList()), b -> null); //$NON-NLS-1$
		TableColumns.add(viewer, Bridge.class, Messages.BridgesPage_enabled, 60,
				b -> b.isEnabled() ? Messages.BridgesPage_yes : Messages.BridgesPage_no, b -> null);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 180).applyTo(viewer.getControl());
		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, Messages.BridgesPage_add, this::add);
		edit = button(buttons, Messages.BridgesPage_edit, this::edit);
		remove = button(buttons, Messages.BridgesPage_remove, this::remove);
		viewer.addSelectionChangedListener(e -> selectionChanged());
		viewer.addDoubleClickListener(e -> edit());
		try {
			file = BridgeFile.current();
			refresh();
		} catch (java.io.IOException e) {
			setErrorMessage(e.getMessage());
		}
		selectionChanged();
		return page;
	}

	private static Button button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> action.run());
		GridDataFactory.fillDefaults().applyTo(button);
		return button;
	}

	private void refresh() {
		try {
			List<Bridge> bridges = file.read().getBridges();
			viewer.setInput(bridges.toArray());
			setErrorMessage(null);
		} catch (BridgeException e) {
			setErrorMessage(e.getMessage());
		}
	}

	private Optional<Bridge> selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof Bridge bridge ? Optional.of(bridge) : Optional.empty();
	}

	private void selectionChanged() {
		boolean any = selected().isPresent();
		edit.setEnabled(any);
		remove.setEnabled(any);
	}

	private void add() {
		if (file != null && new BridgeDialog(getShell(), file, null).open() == BridgeDialog.OK) {
			applied();
		}
	}

	private void edit() {
		Optional<Bridge> bridge = selected();
		if (file != null && bridge.isPresent()
				&& new BridgeDialog(getShell(), file, EcoreUtil.copy(bridge.get())).open() == BridgeDialog.OK) {
			applied();
		}
	}

	private void remove() {
		Optional<Bridge> bridge = selected();
		if (file == null || bridge.isEmpty() || !MessageDialog.openQuestion(getShell(), Messages.BridgesPage_removeTitle,
				NLS.bind(Messages.BridgesPage_removeQuestion, bridge.get().getName()))) {
			return;
		}
		String name = bridge.get().getName();
		try {
			file.change(configuration -> configuration.getBridges()
					.removeIf(b -> name.equals(b.getName())));
			BridgePassword.write(name, null);
			applied();
			java.nio.file.Files.deleteIfExists(file.queueFile(name));
		} catch (BridgeException | java.io.IOException e) {
			Log.error(e.getMessage(), e);
			setErrorMessage(e.getMessage());
		}
	}

	/** Shows the change and has the running broker apply it now. */
	private void applied() {
		refresh();
		Services.bridges().reload();
	}
}
