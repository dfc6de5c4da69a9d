package org.iotbench.ui.internal.projects;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectKind;
import org.iotbench.projects.ProjectRegistry;
import org.iotbench.sessions.SessionState;
import org.iotbench.ui.internal.HelpContexts;
import org.iotbench.ui.internal.Images;
import org.iotbench.ui.internal.Log;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.Throttle;
import org.iotbench.ui.internal.views.TableColumns;

/**
 * The project list: each row shows the project's state, a gear that opens the edit dialog (as does a double-click on
 * the row) and, for remote projects, a connect icon. Open a project as an editor with Enter or the Open command.
 */
public final class ProjectsView extends ViewPart {

	public static final String ID = "org.iotbench.ui.views.projects"; //$NON-NLS-1$
	static final String EDIT_COMMAND = "org.iotbench.ui.commands.editProject"; //$NON-NLS-1$
	static final String OPEN_COMMAND = "org.iotbench.ui.commands.openProject"; //$NON-NLS-1$
	static final String CONNECT_COMMAND = "org.iotbench.ui.commands.connectProject"; //$NON-NLS-1$
	private static final int GEAR_COLUMN = 3;
	private static final int CONNECT_COLUMN = 4;

	private TableViewer viewer;
	private ProjectRegistry registry;
	private EContentAdapter listener;
	private Throttle refresh;
	private final java.util.function.Consumer<org.iotbench.broker.BrokerStatus> brokerListener = status -> refresh.request();
	private final java.util.function.Consumer<org.iotbench.sessions.SessionStatus> sessionListener = status -> refresh
			.request();
	private final java.util.Set<org.iotbench.sessions.Session> watched = new java.util.HashSet<>();

	@Override
	public void createPartControl(Composite parent) {
		HelpContexts.set(parent, HelpContexts.PROJECTS_VIEW);
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		TableColumns.add(viewer, Project.class, Messages.Projects_name, 140, Project::getName, ProjectStates::image);
		TableColumns.add(viewer, Project.class, Messages.Projects_kind, 60,
				p -> p.getKind() == ProjectKind.LOCAL ? Messages.Projects_local : Messages.Projects_remote, p -> null);
		TableColumns.add(viewer, Project.class, Messages.Projects_state, 260, ProjectStates::text, p -> null);
		TableColumns.add(viewer, Project.class, "", 28, p -> "", p -> Images.get("edit")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		TableColumns.add(viewer, Project.class, "", 28, p -> "", //$NON-NLS-1$ //$NON-NLS-2$
				p -> p.getKind() == ProjectKind.REMOTE ? Images.get(connected(p) ? "disconnect" : "start") : null); //$NON-NLS-1$ //$NON-NLS-2$
		viewer.setContentProvider(ArrayContentProvider.getInstance());

		registry = Services.projects().registry();
		refresh = new Throttle(viewer.getControl(), 150, this::refresh);
		listener = new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				refresh.request();
			}
		};
		registry.eAdapters().add(listener);
		Services.broker().addStatusListener(brokerListener);
		refresh();

		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		// A double-click edits (the seed's way); Enter opens the editor. JFace's double-click event also fires for Enter,
		// so listen to the mouse itself.
		viewer.getTable().addListener(SWT.MouseDoubleClick, event -> {
			if (viewer.getTable().getItem(new Point(event.x, event.y)) != null) {
				execute(EDIT_COMMAND);
			}
		});
		viewer.getTable().addListener(SWT.MouseDown, event -> clickedIcon(new Point(event.x, event.y)));
		viewer.getTable().addListener(SWT.KeyDown, event -> {
			if (event.character == SWT.CR) {
				execute(OPEN_COMMAND);
			}
		});
	}

	private static boolean connected(Project project) {
		return Services.projects().openSession(project).map(s -> s.status().state() != SessionState.DISCONNECTED
				&& s.status().state() != SessionState.FAILED).orElse(false);
	}

	private void clickedIcon(Point point) {
		TableItem item = viewer.getTable().getItem(point);
		if (item == null) {
			return;
		}
		if (item.getBounds(GEAR_COLUMN).contains(point)) {
			viewer.setSelection(new StructuredSelection(item.getData()));
			execute(EDIT_COMMAND);
		} else if (item.getBounds(CONNECT_COLUMN).contains(point)
				&& ((Project) item.getData()).getKind() == ProjectKind.REMOTE) {
			viewer.setSelection(new StructuredSelection(item.getData()));
			execute(CONNECT_COMMAND);
		}
	}

	private void execute(String command) {
		try {
			getSite().getService(IHandlerService.class).executeCommand(command, null);
		} catch (Exception e) {
			Log.error(e.getMessage(), e);
		}
	}

	/** Asks for a refresh from any thread (session state changes). */
	public void requestRefresh() {
		refresh.request();
	}

	private void refresh() {
		for (Project project : registry.getProjects()) {
			Services.projects().openSession(project).filter(watched::add)
					.ifPresent(session -> session.addStatusListener(sessionListener));
		}
		viewer.setInput(registry.getProjects().toArray());
	}

	/** The table, for tests. */
	public TableViewer viewer() {
		return viewer;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (registry != null) {
			registry.eAdapters().remove(listener);
			Services.broker().removeStatusListener(brokerListener);
			watched.forEach(session -> session.removeStatusListener(sessionListener));
		}
		super.dispose();
	}
}
