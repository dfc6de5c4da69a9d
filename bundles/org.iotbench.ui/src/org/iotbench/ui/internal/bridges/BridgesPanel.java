package org.iotbench.ui.internal.bridges;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.iotbench.bridges.runtime.BridgeService;
import org.iotbench.bridges.runtime.BridgeStatus;
import org.iotbench.ui.internal.Images;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Throttle;
import org.iotbench.ui.internal.views.TableColumns;

/**
 * The bridges of the local broker in the Broker view: one row each, with its state in words (and why, when it cannot
 * connect), the messages it carried each way, those waiting on disk and those it dropped. Refreshed on every change of
 * a bridge's state and once a second for the counters.
 */
public final class BridgesPanel {

	private static final int TICK_MS = 1_000;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());

	private final BridgeService bridges;
	private final Composite control;
	private final TableViewer viewer;
	private final Label empty;
	private final Consumer<BridgeStatus> listener;

	/**
	 * @param watch       opens a remote project on a bridge's upstream
	 * @param preferences opens the bridges' preference page
	 */
	public BridgesPanel(Composite parent, BridgeService bridges, Consumer<String> watch, Runnable preferences) {
		this.bridges = bridges;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(control);
		Label title = new Label(control, SWT.NONE);
		title.setText(Messages.Bridges_title);
		title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		Link edit = new Link(control, SWT.NONE);
		edit.setText(Messages.Bridges_edit);
		edit.addListener(SWT.Selection, e -> preferences.run());
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(edit);
		empty = new Label(control, SWT.WRAP);
		empty.setText(Messages.Bridges_none);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(empty);

		viewer = new TableViewer(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		// the view is narrow in the default layout: name and state first; cut cells show their text in a tooltip
		TableColumns.add(viewer, BridgeStatus.class, Messages.Bridges_name, 80, BridgeStatus::name,
				BridgesPanel::icon);
		TableColumns.add(viewer, BridgeStatus.class, Messages.Bridges_state, 150, BridgesPanel::state, s -> null);
		TableColumns.add(viewer, BridgeStatus.class, Messages.Bridges_messages, 240, BridgesPanel::traffic,
				s -> null);
		TableColumns.add(viewer, BridgeStatus.class, Messages.Bridges_upstream, 150, BridgeStatus::upstream, s -> null);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 90).applyTo(viewer.getControl());

		Action watchAction = new Action(Messages.Bridges_watch) {
			@Override
			public void run() {
				selected().ifPresent(watch);
			}
		};
		MenuManager menu = new MenuManager();
		menu.add(watchAction);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		viewer.addDoubleClickListener(e -> watchAction.run());

		Throttle refresh = new Throttle(control, 100, this::refresh);
		listener = status -> refresh.request();
		bridges.addStatusListener(listener);
		control.addDisposeListener(e -> bridges.removeStatusListener(listener));
		show(true);
		refresh();
		control.getDisplay().timerExec(TICK_MS, this::tick);
	}

	/** Shows the sentence for no bridges, or the table. */
	private void show(boolean none) {
		empty.setVisible(none);
		((org.eclipse.swt.layout.GridData) empty.getLayoutData()).exclude = !none;
		viewer.getControl().setVisible(!none);
		((org.eclipse.swt.layout.GridData) viewer.getControl().getLayoutData()).exclude = none;
		control.requestLayout();
	}

	private java.util.Optional<String> selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof BridgeStatus status ? java.util.Optional.of(status.name())
				: java.util.Optional.empty();
	}

	public Composite control() {
		return control;
	}

	private void tick() {
		if (!control.isDisposed()) {
			refresh();
			control.getDisplay().timerExec(TICK_MS, this::tick);
		}
	}

	/** Shows the bridges' statuses now; keeps the selection. */
	public void refresh() {
		if (control.isDisposed()) {
			return;
		}
		List<BridgeStatus> statuses = bridges.statuses();
		boolean none = statuses.isEmpty();
		if (empty.getVisible() != none) {
			show(none);
		}
		String selection = selected().orElse(null);
		viewer.setInput(statuses);
		if (selection != null) {
			statuses.stream().filter(s -> s.name().equals(selection)).findFirst().ifPresent(
					s -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(s)));
		}
	}

	private static Image icon(BridgeStatus status) {
		return switch (status.state()) {
		case CONNECTED -> Images.get(Images.ONLINE);
		case RETRYING, INVALID -> Images.get(Images.REFUSED);
		case CONNECTING, STOPPED -> Images.get(Images.OFFLINE);
		};
	}

	/** What the bridge carried, waits and lost, in one cell. */
	static String traffic(BridgeStatus status) {
		return NLS.bind(Messages.Bridges_traffic, new Object[] { status.sent(), status.received(), status.queued(),
				status.dropped() });
	}

	/** The state in words, with since when and why. */
	static String state(BridgeStatus status) {
		String since = TIME.format(status.since());
		String text = switch (status.state()) {
		case CONNECTED -> NLS.bind(Messages.Bridges_connected, since);
		case CONNECTING -> Messages.Bridges_connecting;
		case RETRYING -> NLS.bind(Messages.Bridges_retrying, since);
		case INVALID -> Messages.Bridges_invalid;
		case STOPPED -> Messages.Bridges_stopped;
		};
		return status.lastError().isEmpty() ? text : text + ": " + status.lastError(); //$NON-NLS-1$
	}

	/** The rows shown, for tests. */
	public List<String> rowTexts() {
		List<String> rows = new java.util.ArrayList<>();
		for (org.eclipse.swt.widgets.TableItem item : viewer.getTable().getItems()) {
			StringBuilder row = new StringBuilder();
			for (int i = 0; i < viewer.getTable().getColumnCount(); i++) {
				row.append(i == 0 ? "" : " | ").append(item.getText(i)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			rows.add(row.toString());
		}
		return rows;
	}
}
