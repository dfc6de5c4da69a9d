package org.iotbench.ui.internal.projects;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.iotbench.history.History;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectKind;
import org.iotbench.projects.Subscription;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.sessions.Message;
import org.iotbench.sessions.Session;
import org.iotbench.sessions.SessionState;
import org.iotbench.sessions.SessionStatus;
import org.iotbench.ui.internal.HelpContexts;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.NoSaveEditor;
import org.iotbench.ui.internal.PartSelection;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.Throttle;
import org.iotbench.ui.internal.topics.TopicsPage;

/**
 * A project: its session's state, its subscriptions, the messages (a bounded store shown lazily, refreshed a few
 * times per second whatever the rate) with a detail pane, and a publish area. Everything is saved as it changes, so
 * the editor is never dirty.
 */
public final class ProjectEditor extends NoSaveEditor {

	public static final String ID = "org.iotbench.ui.editors.project"; //$NON-NLS-1$
	/** Where commands on the messages are contributed, as a toolbar beside the filter. */
	public static final String MESSAGES_TOOLBAR = "toolbar:org.iotbench.ui.editors.project.messages"; //$NON-NLS-1$

	private Project project;
	private Session session;
	private History history;
	private SubscriptionColors colors;
	private MessageList messages;
	private SubscriptionsPart subscriptions;
	private PublishPart publish;
	private MessageDetail detail;
	private Label state;
	private Button connect;
	private Runnable storeListener;
	private final PartSelection selection = new PartSelection();
	private final org.iotbench.projects.provider.ProjectsItemProviderAdapterFactory adapterFactory = new org.iotbench.projects.provider.ProjectsItemProviderAdapterFactory();
	private Consumer<SessionStatus> statusListener;
	/** Follows edits of the project (the edit dialog changes the project itself). */
	private org.eclipse.emf.ecore.util.EContentAdapter projectListener;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ProjectEditorInput projectInput)) {
			throw new PartInitException("Not a project: " + input); //$NON-NLS-1$
		}
		setSite(site);
		setInput(input);
		project = projectInput.project();
		setPartName(project.getName());
		try {
			session = Services.projects().session(project);
		} catch (ProjectException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		history = Services.projects().history(project).orElse(null);
	}

	@Override
	public void createPartControl(Composite parent) {
		HelpContexts.set(parent, HelpContexts.PROJECT_EDITOR);
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(body);
		createHeader(body);
		colors = new SubscriptionColors(project.getSubscriptions());

		SashForm columns = new SashForm(body, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(columns);
		Composite left = new Composite(columns, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(left);
		SashForm right = new SashForm(columns, SWT.VERTICAL);
		// the detail pane beside the list, as in MQTTX and MQTT Explorer: the list keeps most of the height
		SashForm listAndDetail = new SashForm(right, SWT.HORIZONTAL);
		Composite list = new Composite(listAndDetail, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(list);
		Composite filterRow = new Composite(list, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(filterRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filterRow);
		Text filter = new Text(filterRow, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.Messages_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(filter);
		createMessagesToolBar(filterRow);
		detail = new MessageDetail(listAndDetail, this::decoder, this::declareFormat, this::chartLine);
		listAndDetail.setWeights(62, 38);
		messages = new MessageList(list, session.messages(), history, this::shown, colors::of, message -> {
			detail.show(message);
			selection.select(message == null ? null : new MessagePropertySource(message, decoder()));
		});
		messages.setDecoder(this::decoder);
		publish = new PublishPart(right, project, session, Services.projects());
		new MessageMenu(messages.control(), messages::selected, this::publishAgain, filter::setText);
		right.setWeights(68, 32);
		subscriptions = new SubscriptionsPart(left, project, session, Services.projects(), colors, this::refresh);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(left.getChildren()[0]);
		columns.setWeights(28, 72);
		subscriptions.viewer().addSelectionChangedListener(
				event -> selection.select(event.getStructuredSelection().getFirstElement()));
		getSite().setSelectionProvider(selection);

		Throttle throttle = new Throttle(body, MessageList.REFRESH_MS, this::refreshHeader);
		filter.addListener(SWT.Modify, e -> messages.setFilter(filter.getText()));
		storeListener = throttle::request;
		session.messages().addListener(storeListener);
		statusListener = status -> throttle.request();
		session.addStatusListener(statusListener);
		Throttle edits = new Throttle(body, MessageList.REFRESH_MS, this::projectChanged);
		projectListener = new org.eclipse.emf.ecore.util.EContentAdapter() {
			@Override
			public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
				super.notifyChanged(notification);
				if (!notification.isTouch()) {
					edits.request();
				}
			}
		};
		project.eAdapters().add(projectListener);
		messages.setShownListener(this::refreshHeader);
		refresh();
		Services.projects().historyProblem(project).ifPresent(problem -> body.getDisplay().asyncExec(() -> {
			org.iotbench.ui.internal.Log.info(problem);
			if (!body.isDisposed()) {
				org.eclipse.jface.dialogs.MessageDialog.openWarning(body.getShell(), Messages.History_problemTitle,
						problem);
			}
		}));
	}

	private void createHeader(Composite body) {
		Composite header = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(header);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		state = new Label(header, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(state);
		connect = new Button(header, SWT.PUSH);
		connect.setVisible(project.getKind() == ProjectKind.REMOTE);
		connect.addListener(SWT.Selection, e -> {
			if (connected()) {
				session.disconnect();
			} else {
				session.connect();
			}
			refresh();
		});
	}

	/** The toolbar of the message list: the commands contributed to {@value #MESSAGES_TOOLBAR}. */
	private void createMessagesToolBar(Composite parent) {
		org.eclipse.jface.action.ToolBarManager manager = new org.eclipse.jface.action.ToolBarManager(SWT.FLAT | SWT.RIGHT);
		org.eclipse.ui.menus.IMenuService menus = getSite().getService(org.eclipse.ui.menus.IMenuService.class);
		menus.populateContributionManager(manager, MESSAGES_TOOLBAR);
		manager.createControl(parent);
		parent.addDisposeListener(e -> {
			menus.releaseContributions(manager);
			manager.dispose();
		});
	}

	/** The files of messages of this project: export, import, replay, clear. */
	MessageFiles files() {
		return new MessageFiles(getSite().getShell(), project.getName(), session, history, messages.matcher());
	}

	/** Fills the publish area with a message, to send it again (as is or changed). */
	private void publishAgain(Message message) {
		publish.fill(message.topic(), message.payload());
	}

	private boolean connected() {
		SessionState current = session.status().state();
		return current == SessionState.CONNECTED || current == SessionState.CONNECTING
				|| current == SessionState.RECONNECTING;
	}

	private boolean shown(Message message) {
		Subscription match = colors.match(message);
		return match == null || !match.isMuted();
	}

	private void refresh() {
		refreshHeader();
		messages.requestRefresh();
	}

	private void projectChanged() {
		if (state.isDisposed()) {
			return;
		}
		setPartName(project.getName());
		subscriptions.viewer().refresh();
		messages.reload(); // a muted or unmuted subscription changes what is shown
		refreshHeader();
	}

	private void refreshHeader() {
		if (state.isDisposed()) {
			return;
		}
		String counts = org.eclipse.osgi.util.NLS.bind(Messages.Messages_count,
				new Object[] { messages.shown(), session.messages().size(),
						history == null ? session.messages().size() : history.size(), session.messages().total() });
		String topic = messages.topic() == null ? "" //$NON-NLS-1$
				: "  " + org.eclipse.osgi.util.NLS.bind(Messages.Messages_topicShown, messages.topic()); //$NON-NLS-1$
		String searching = messages.searching() ? "  " + Messages.Messages_searching : ""; //$NON-NLS-1$ //$NON-NLS-2$
		String unwritten = history == null || history.unwritten() == 0 ? "" //$NON-NLS-1$
				: "  " + org.eclipse.osgi.util.NLS.bind(Messages.Messages_unwritten, history.unwritten(), //$NON-NLS-1$
						history.writeProblem().orElse(Messages.Messages_diskTooSlow));
		state.setText(ProjectStates.text(project) + "   " + counts + topic + searching + unwritten); //$NON-NLS-1$
		connect.setText(connected() ? Messages.Projects_disconnect : Messages.Projects_connect);
		state.getParent().layout(true);
	}

	/** For tests: the parts. */
	public Session session() {
		return session;
	}

	public boolean subscribe(String filter) {
		return subscriptions.subscribe(filter, "", 0); //$NON-NLS-1$
	}

	/** Publishes as the Publish button does and waits (at most 15 s, the UI going on) for the outcome. */
	public boolean publish(String topic, String payload) {
		return await(publish.publish(topic, payload, 0, 0, false));
	}

	/** Publishes a file's content as the payload, as "Load from file" and the Publish button do. */
	public boolean publishFile(String topic, java.nio.file.Path file) {
		if (!publish.load(file)) {
			return false;
		}
		publish.setTopic(topic);
		java.util.concurrent.CompletableFuture<Boolean> done = new java.util.concurrent.CompletableFuture<>();
		publishButtonPressed(done);
		return await(done);
	}

	private void publishButtonPressed(java.util.concurrent.CompletableFuture<Boolean> done) {
		publish.pressPublish().whenComplete((ok, e) -> done.complete(ok != null && ok));
	}

	private boolean await(java.util.concurrent.CompletableFuture<Boolean> done) {
		org.eclipse.swt.widgets.Display display = state.getDisplay();
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(15);
		while (!done.isDone() && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(2);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
		}
		while (display.readAndDispatch()) {
			// let the outcome reach the fields
		}
		return done.getNow(false);
	}

	/** Fills the publish area, then saves its message under a name and group, as Save... does. */
	public boolean saveMessage(String topic, String payload, String name, String group) {
		publish.setTopic(topic);
		publish.payloadField().setText(payload);
		return publish.save(name, group);
	}

	/** Publishes a saved message as its menu item does, and waits for the outcome. */
	public boolean publishSaved(org.iotbench.projects.SavedMessage message) {
		return await(publish.publishSaved(message));
	}

	/** Fills the publish area and repeats its message, as Repeat... does; {@code null} when it cannot. */
	public org.eclipse.core.runtime.jobs.Job repeat(String topic, String payload, long intervalMillis, long count) {
		publish.setTopic(topic);
		publish.payloadField().setText(payload);
		return publish.repeat(intervalMillis, count);
	}

	/** Presses Stop beside the repetition. */
	public void stopRepeating() {
		publish.stopRepeating();
	}

	/** What the repetition line says. */
	public String repeatState() {
		return publish.repeatState();
	}

	/** The payload field of the publish area and the problem it shows. */
	public org.eclipse.swt.widgets.Text publishPayloadField() {
		return publish.payloadField();
	}

	public String publishProblem() {
		return publish.problem();
	}

	/** The project of the editor. */
	public Project project() {
		return project;
	}

	/** The payload decoder of the project's format declarations now. */
	public org.iotbench.payloads.PayloadDecoder decoder() {
		return ProjectDecoders.of(project);
	}

	/** Opens the project's payload formats with a new declaration for a topic. */
	void declareFormat(String topic, org.iotbench.payloads.Format format) {
		if (new PayloadFormatsDialog(getSite().getShell(), project, Services.projects(), topic, format)
				.open() == org.eclipse.jface.window.Window.OK) {
			detail.show(messages.selected());
		}
	}

	/** Adds a line of a topic to a chart of the project (a new one or not), offering a payload's numeric fields. */
	void chartLine(String topic, com.google.gson.JsonElement sample) {
		new org.iotbench.ui.internal.charts.ChartLineDialog(getSite().getShell(), project, topic, sample, null).open();
	}

	/** The detail pane, for tests. */
	public String detailFormat() {
		return detail.formatLabel();
	}

	/** Picks the detail pane's "Show as": 0 for the declared or guessed format, then text, JSON, hex... */
	public void detailShowAs(int choice) {
		detail.showAs(choice);
	}

	/** The detail pane's text. */
	public String detailText() {
		return detail.text();
	}

	public void setFilter(String text) {
		messages.setFilter(text);
	}

	public MessageTable messageTable() {
		return messages.table();
	}

	/** The history of the project, or {@code null} when it could not be opened. */
	public History history() {
		return history;
	}

	/** Shows only the messages of a topic and below it; {@code null} for all. */
	public void showTopic(String topic) {
		messages.setTopic(topic);
		refreshHeader();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == TopicsPage.class && history != null) {
			return adapter.cast(new TopicsPage(history.topics(), session, this::showTopic, this::decoder)); // one per Topics view
		}
		if (adapter == org.eclipse.ui.views.properties.IPropertySheetPage.class) {
			org.eclipse.ui.views.properties.PropertySheetPage page = new org.eclipse.ui.views.properties.PropertySheetPage();
			page.setPropertySourceProvider(
					new org.iotbench.ui.internal.properties.ItemPropertySourceProvider(adapterFactory));
			return adapter.cast(page);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		messages.control().setFocus();
	}

	@Override
	public void dispose() {
		if (projectListener != null) {
			project.eAdapters().remove(projectListener);
		}
		if (session != null && storeListener != null) {
			session.messages().removeListener(storeListener);
			session.removeStatusListener(statusListener);
			messages.dispose();
		}
		adapterFactory.dispose();
		super.dispose();
	}
}
