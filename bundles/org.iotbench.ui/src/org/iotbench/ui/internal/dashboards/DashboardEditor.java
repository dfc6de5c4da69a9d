package org.iotbench.ui.internal.dashboards;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.iotbench.dashboards.DashboardFeed;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.projects.Dashboard;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectsPackage;
import org.iotbench.projects.Widget;
import org.iotbench.projects.WidgetKind;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.sessions.Session;
import org.iotbench.sessions.SessionException;
import org.iotbench.sessions.SessionState;
import org.iotbench.ui.internal.HelpContexts;
import org.iotbench.ui.internal.Log;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.NoSaveEditor;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.projects.ProjectDecoders;
import org.iotbench.ui.internal.projects.ProjectStates;

/**
 * A dashboard of a project: a grid of widgets, live through the project's session while it is open. A
 * {@link DashboardFeed} decodes the messages on a thread of its own; the widgets look at their states ten times a
 * second and repaint only what changed, so the UI thread's work does not grow with the message rate. Controls publish
 * in jobs. Widgets are added from a palette, edited in a dialog (double-click a title), dragged and resized on the
 * grid unless the layout is locked; every change is saved with the project at once.
 */
public final class DashboardEditor extends NoSaveEditor {

	public static final String ID = "org.iotbench.ui.editors.dashboard"; //$NON-NLS-1$
	/** How often the status line is brought up to date. */
	static final int STATUS_MS = 500;
	/** The layout attributes: a change to them moves widgets; any other rebuilds them. */
	private static final Set<EStructuralFeature> LAYOUT = Set.of(ProjectsPackage.Literals.WIDGET__COLUMN,
			ProjectsPackage.Literals.WIDGET__ROW, ProjectsPackage.Literals.WIDGET__WIDTH,
			ProjectsPackage.Literals.WIDGET__HEIGHT, ProjectsPackage.Literals.DASHBOARD__LOCKED,
			ProjectsPackage.Literals.DASHBOARD__COLUMNS);
	/** The palette: displays, then controls. */
	private static final WidgetKind[] PALETTE = { WidgetKind.VALUE, WidgetKind.GAUGE, WidgetKind.LINE, WidgetKind.BAR,
			WidgetKind.INDICATOR, WidgetKind.IMAGE, WidgetKind.LOG, null, WidgetKind.BUTTON, WidgetKind.SWITCH,
			WidgetKind.SLIDER, WidgetKind.INPUT, WidgetKind.CHOICE, WidgetKind.COLOR };

	private Project project;
	private Dashboard dashboard;
	private Session session;
	private DashboardTopics topics;
	private DashboardBoard board;
	private Label status;
	private Button lock;
	private EContentAdapter listener;
	/** The project's decoder, read by the feed's thread; made on the UI thread, where the model lives. */
	private volatile PayloadDecoder decoder;
	private boolean rebuildPending;
	private boolean layoutPending;
	private String subscribeProblem;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DashboardEditorInput dashboardInput)) {
			throw new PartInitException(input.getName());
		}
		setSite(site);
		setInput(input);
		project = dashboardInput.project();
		dashboard = dashboardInput.dashboard();
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		try {
			session = Services.projects().session(project); // opened here when the project's editor is not open
		} catch (ProjectException e) {
			throw new PartInitException(NLS.bind(Messages.Dashboard_noSession, project.getName(), e.getMessage()), e);
		}
		topics = new DashboardTopics(project, session);
	}

	@Override
	public void createPartControl(Composite parent) {
		HelpContexts.set(parent, HelpContexts.DASHBOARD_EDITOR);
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(body);
		Composite bar = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		Button add = button(bar, Messages.Dashboard_add, Messages.Dashboard_addTip, null);
		Menu palette = new Menu(add);
		for (WidgetKind kind : PALETTE) {
			if (kind == null) {
				new MenuItem(palette, SWT.SEPARATOR);
				continue;
			}
			MenuItem item = new MenuItem(palette, SWT.PUSH);
			item.setText(WidgetKinds.label(kind));
			item.addListener(SWT.Selection, e -> addWidget(kind));
		}
		add.addListener(SWT.Selection, e -> {
			Rectangle bounds = add.getBounds();
			Point below = add.getParent().toDisplay(bounds.x, bounds.y + bounds.height);
			palette.setLocation(below);
			palette.setVisible(true);
		});
		lock = new Button(bar, SWT.TOGGLE);
		lock.setText(Messages.Dashboard_lock);
		lock.setToolTipText(Messages.Dashboard_lockTip);
		lock.setSelection(dashboard.isLocked());
		lock.addListener(SWT.Selection, e -> {
			dashboard.setLocked(lock.getSelection());
			save();
		});
		button(bar, Messages.Dashboard_export, Messages.Dashboard_exportTip,
				() -> Dashboards.exportFile(getSite().getShell(), dashboard));
		button(bar, Messages.Dashboard_rename, Messages.Dashboard_renameTip, this::rename);
		button(bar, Messages.Dashboard_delete, Messages.Dashboard_deleteTip, this::deleteDashboard);
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(100, SWT.DEFAULT)
				.applyTo(status);

		board = new DashboardBoard(body, dashboard, session.messages(), () -> decoder, this::publish,
				widget -> save());
		board.decorate(this::menu);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(board.control());
		rebuild();
		listener = new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (notification.isTouch() || body.isDisposed()) {
					return;
				}
				boolean layoutOnly = LAYOUT.contains(notification.getFeature());
				body.getDisplay().asyncExec(() -> changed(layoutOnly));
			}
		};
		dashboard.eAdapters().add(listener);
		body.getDisplay().timerExec(STATUS_MS, new Runnable() {
			@Override
			public void run() {
				if (body.isDisposed()) {
					return;
				}
				showStatus();
				body.getDisplay().timerExec(STATUS_MS, this);
			}
		});
	}

	private static Button button(Composite bar, String text, String tip, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tip);
		if (action != null) {
			button.addListener(SWT.Selection, e -> action.run());
		}
		return button;
	}

	/** A model change, coalesced: many changes at once make one rebuild. */
	private void changed(boolean layoutOnly) {
		if (board == null || board.control().isDisposed()) {
			return;
		}
		setPartName(getEditorInput().getName());
		if (layoutOnly) {
			if (!layoutPending) {
				layoutPending = true;
				board.control().getDisplay().asyncExec(() -> {
					layoutPending = false;
					if (!board.control().isDisposed()) {
						lock.setSelection(dashboard.isLocked());
						board.layout();
					}
				});
			}
		} else if (!rebuildPending) {
			rebuildPending = true;
			board.control().getDisplay().asyncExec(() -> {
				rebuildPending = false;
				if (!board.control().isDisposed()) {
					rebuild();
				}
			});
		}
	}

	/** New frames and a new feed for the widgets as they are now, and the subscriptions they need. */
	private void rebuild() {
		decoder = ProjectDecoders.of(project);
		board.rebuild();
		subscribeProblem = topics.update(board.feed().filters());
		showStatus();
	}

	private void menu(WidgetFrame frame) {
		Menu menu = new Menu(frame.titleBar());
		item(menu, Messages.Widget_edit, () -> edit(frame.widget()));
		item(menu, Messages.Widget_duplicate, () -> duplicate(frame.widget()));
		item(menu, Messages.Widget_delete, () -> delete(frame.widget()));
		frame.titleBar().setMenu(menu);
		frame.titleBar().addListener(SWT.MouseDoubleClick, e -> edit(frame.widget()));
	}

	private static void item(Menu menu, String text, Runnable action) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
	}

	private void showStatus() {
		decoder = ProjectDecoders.of(project); // the declarations may have changed
		status.setText(statusText());
		status.setToolTipText(status.getText());
	}

	private String statusText() {
		if (board.feed().problem() != null) {
			return NLS.bind(Messages.Dashboard_failed, board.feed().problem());
		}
		if (subscribeProblem != null) {
			return NLS.bind(Messages.Dashboard_subscribeFailed, subscribeProblem);
		}
		if (dashboard.getWidgets().isEmpty()) {
			return Messages.Dashboard_empty;
		}
		SessionState state = session.status().state();
		if (state != SessionState.CONNECTED) {
			return NLS.bind(Messages.Dashboard_offline, ProjectStates.text(project));
		}
		return NLS.bind(Messages.Dashboard_live, Integer.toString(dashboard.getWidgets().size()));
	}

	/** Publishes a control's payload through the project's session, in a job; a failure shows on the widget. */
	private void publish(Widget widget, String topic, String payload, Consumer<String> outcome) {
		int qos = widget.getQos();
		boolean retain = widget.isRetain();
		Job job = Job.create(NLS.bind(Messages.Publish_job, topic), (IProgressMonitor monitor) -> {
			String failure = null;
			try {
				session.publish(topic, payload.getBytes(StandardCharsets.UTF_8), qos, retain);
			} catch (SessionException | IllegalArgumentException e) {
				failure = e.getMessage();
			}
			outcome.accept(failure);
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Opens the settings of a new widget of a kind; when confirmed, places it at the first free cells. */
	void addWidget(WidgetKind kind) {
		Widget widget = WidgetKinds.create(kind);
		WidgetDialog dialog = new WidgetDialog(getSite().getShell(), project, widget, true);
		if (dialog.open() != Window.OK) {
			return;
		}
		add(widget);
	}

	/** Adds a widget whose settings are right at the first free cells, and saves. */
	public void add(Widget widget) {
		Point place = DashboardGrid.freePlace(dashboard, widget.getWidth(), widget.getHeight());
		widget.setColumn(place.x);
		widget.setRow(place.y);
		dashboard.getWidgets().add(widget);
		save();
	}

	private void edit(Widget widget) {
		Widget copy = EcoreUtil.copy(widget);
		if (new WidgetDialog(getSite().getShell(), project, copy, false).open() == Window.OK) {
			int index = dashboard.getWidgets().indexOf(widget);
			if (index >= 0) {
				dashboard.getWidgets().set(index, copy);
				save();
			}
		}
	}

	private void duplicate(Widget widget) {
		add(EcoreUtil.copy(widget));
	}

	private void delete(Widget widget) {
		if (MessageDialog.openConfirm(getSite().getShell(), Messages.Widget_delete,
				NLS.bind(Messages.Widget_deleteConfirm, widget.getTitle() == null ? "" : widget.getTitle()))) { //$NON-NLS-1$
			dashboard.getWidgets().remove(widget);
			save();
		}
	}

	private void rename() {
		InputDialog name = new InputDialog(getSite().getShell(), Messages.Dashboard_rename, Messages.Dashboards_name,
				dashboard.getName(), text -> text.isBlank() ? Messages.Dashboards_nameEmpty : null);
		if (name.open() == Window.OK) {
			dashboard.setName(name.getValue().trim());
			save();
			setPartName(getEditorInput().getName());
			setTitleToolTip(getEditorInput().getToolTipText());
		}
	}

	private void deleteDashboard() {
		if (MessageDialog.openConfirm(getSite().getShell(), Messages.Dashboard_delete,
				NLS.bind(Messages.Dashboard_deleteConfirm, getPartName()))) {
			project.getDashboards().remove(dashboard);
			save();
			getSite().getPage().closeEditor(this, false);
		}
	}

	private void save() {
		try {
			Services.projects().save();
		} catch (ProjectException e) {
			Log.error(e.getMessage(), e);
			MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
		}
	}

	/** The frames of the widgets, in the dashboard's order, for tests. */
	List<WidgetFrame> frames() {
		return List.copyOf(board.frames());
	}

	/** The grid, for tests. */
	DashboardGrid grid() {
		return board.grid();
	}

	/** The feed, for tests. */
	public DashboardFeed feed() {
		return board.feed();
	}

	/** The subscriptions the dashboard added to the session, for tests. */
	Set<String> addedTopics() {
		return topics.added();
	}

	@Override
	public void dispose() {
		if (listener != null) {
			dashboard.eAdapters().remove(listener);
		}
		topics.close();
		super.dispose();
	}

	@Override
	public void setFocus() {
		board.control().setFocus();
	}
}
