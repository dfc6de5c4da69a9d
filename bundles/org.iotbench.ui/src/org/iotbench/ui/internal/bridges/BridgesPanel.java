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
	/** The latest status of each bridge; the table's rows are the bridges' names, so a refresh keeps the selection. */
	private final java.util.Map<String, BridgeStatus> latest = new java.util.HashMap<>();
	private List<String> names = List.of();
	private Runnable heightChanged = () -> {
	};

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
		TableColumns.add(viewer, String.class, Messages.Bridges_name, 80, name -> name, name -> icon(latest.get(name)));
		TableColumns.add(viewer, String.class, Messages.Bridges_state, 170, name -> state(latest.get(name)),
				name -> null);
		TableColumns.add(viewer, String.class, Messages.Bridges_messages, 240, name -> traffic(latest.get(name)),
				name -> null);
		TableColumns.add(viewer, String.class, Messages.Bridges_upstream, 150, name -> latest.get(name).upstream(),
				name -> null);
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
		heightChanged.run();
	}

	/** Runs when the panel's height changes (the table appears or goes), on the UI thread. */
	public void whenHeightChanges(Runnable listener) {
		heightChanged = listener;
	}

	private java.util.Optional<String> selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return first instanceof String name ? java.util.Optional.of(name) : java.util.Optional.empty();
	}

	/** The selected bridge's name; selections in it are names of bridges. */
	public org.eclipse.jface.viewers.ISelectionProvider selectionProvider() {
		return viewer;
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
		latest.clear();
		statuses.forEach(status -> latest.put(status.name(), status));
		List<String> now = statuses.stream().map(BridgeStatus::name).toList();
		if (now.equals(names)) {
			viewer.refresh(true); // the same rows: new texts, the selection stays
		} else {
			names = now;
			viewer.setInput(names);
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
