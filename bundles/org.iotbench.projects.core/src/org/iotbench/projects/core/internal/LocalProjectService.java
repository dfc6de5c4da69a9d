package org.iotbench.projects.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.BrokerService;
import org.iotbench.core.DataLocation;
import org.iotbench.core.XmiFile;
import org.iotbench.history.History;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectKind;
import org.iotbench.projects.ProjectRegistry;
import org.iotbench.projects.ProjectsFactory;
import org.iotbench.projects.ProjectsPackage;
import org.iotbench.projects.RemoteConnection;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.projects.core.ProjectService;
import org.iotbench.projects.core.Secrets;
import org.iotbench.sessions.LocalSession;
import org.iotbench.sessions.RemoteSession;
import org.iotbench.sessions.Session;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The projects of the data folder ({@code projects.xmi}), their passwords in secure storage, their sessions. */
@Component(service = ProjectService.class)
public final class LocalProjectService implements ProjectService {

	public static final String FILE_NAME = "projects.xmi"; //$NON-NLS-1$
	/** The folder of the projects' message histories, beside {@link #FILE_NAME}. */
	public static final String HISTORY_FOLDER = "history"; //$NON-NLS-1$

	private final BrokerService broker;
	private final Secrets secrets;
	private final XmiFile<ProjectRegistry> file;
	private final ProjectRegistry registry = ProjectsFactory.eINSTANCE.createProjectRegistry();
	private final Map<Project, Session> sessions = new HashMap<>();
	private final Map<Project, History> histories = new HashMap<>();
	private final Map<Project, String> historyProblems = new HashMap<>();
	private final Path historyFolder;
	private String loadProblem;
	private boolean readOnly;

	@Activate
	public LocalProjectService(@Reference BrokerService broker) throws IOException {
		this(broker, DataLocation.current().file(FILE_NAME), new SecureStorageSecrets());
	}

	public LocalProjectService(BrokerService broker, Path path, Secrets secrets) {
		this.broker = broker;
		this.secrets = secrets;
		ProjectsPackage.eINSTANCE.eClass();
		this.file = new XmiFile<>(path, ProjectRegistry.class, ProjectsFactory.eINSTANCE::createProjectRegistry);
		this.historyFolder = path.toAbsolutePath().resolveSibling(HISTORY_FOLDER);
		try {
			registry.getProjects().addAll(new ArrayList<>(file.read().getProjects()));
		} catch (XmiFile.UnreadableException e) {
			try {
				Path aside = file.quarantine();
				loadProblem = NLS.bind(Messages.Projects_unreadable, new Object[] { file.path(), e.getMessage(), aside });
			} catch (IOException moveFailed) {
				readOnly = true;
				loadProblem = NLS.bind(Messages.Projects_unreadableNotMoved, file.path(), moveFailed.getMessage());
			}
		}
		boolean missingIds = false;
		for (Project project : registry.getProjects()) {
			if (project.getId() == null || project.getId().isEmpty()) {
				project.setId(UUID.randomUUID().toString());
				missingIds = true;
			}
		}
		if (missingIds && !readOnly) {
			try {
				save(); // the ids key the passwords: they must not change at the next start
			} catch (ProjectException e) {
				loadProblem = e.getMessage();
			}
		}
	}

	@Override
	public ProjectRegistry registry() {
		return registry;
	}

	@Override
	public Optional<String> loadProblem() {
		return Optional.ofNullable(loadProblem);
	}

	@Override
	public synchronized Project newLocalProject() {
		Project project = ProjectsFactory.eINSTANCE.createProject();
		project.setId(UUID.randomUUID().toString());
		project.setKind(ProjectKind.LOCAL);
		project.setName(uniqueName(Messages.Project_localName));
		project.setCreated(new Date());
		return project;
	}

	@Override
	public synchronized Project newRemoteProject() {
		Project project = ProjectsFactory.eINSTANCE.createProject();
		project.setId(UUID.randomUUID().toString());
		project.setKind(ProjectKind.REMOTE);
		project.setName(uniqueName(Messages.Project_remoteName));
		project.setCreated(new Date());
		RemoteConnection connection = ProjectsFactory.eINSTANCE.createRemoteConnection();
		connection.setClientId("iotbench-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		project.setConnection(connection);
		return project;
	}

	private String uniqueName(String base) {
		String name = base;
		for (int i = 2; exists(name); i++) {
			name = base + ' ' + i;
		}
		return name;
	}

	private boolean exists(String name) {
		return registry.getProjects().stream().anyMatch(p -> name.equalsIgnoreCase(p.getName()));
	}

	@Override
	public synchronized List<String> problems(Project candidate, Project replacing) {
		return ProjectValidator.problems(candidate, replacing, registry);
	}

	@Override
	public synchronized void add(Project project, char[] password) throws ProjectException {
		check(project, null);
		if (project.getId() == null || project.getId().isEmpty()) {
			project.setId(UUID.randomUUID().toString());
		}
		project.setName(project.getName().trim());
		registry.getProjects().add(project);
		try {
			save();
		} catch (ProjectException e) {
			registry.getProjects().remove(project);
			throw e;
		}
		if (project.getKind() == ProjectKind.REMOTE && password != null && password.length > 0) {
			secrets.setPassword(project.getId(), password);
		}
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * The original project object stays the project: the edit is copied into it, so that an open editor and its session
	 * go on with their messages. A remote session whose connection settings or password changed connects again with
	 * the new ones (its status says so); changed subscriptions are applied to the open session.
	 */
	@Override
	public synchronized void replace(Project original, Project edited, char[] password) throws ProjectException {
		check(edited, original);
		if (!registry.getProjects().contains(original)) {
			throw new ProjectException(NLS.bind(Messages.Project_gone, original.getName()));
		}
		Project before = EcoreUtil.copy(original);
		edited.setName(edited.getName().trim());
		ProjectEdit.copy(edited, original);
		try {
			save();
		} catch (ProjectException e) {
			ProjectEdit.copy(before, original);
			throw e;
		}
		char[] oldPassword = before.getKind() == ProjectKind.REMOTE ? secrets.password(original.getId()) : null;
		if (original.getKind() == ProjectKind.LOCAL) {
			secrets.setPassword(original.getId(), null);
		} else if (password != null) {
			secrets.setPassword(original.getId(), password);
		}
		Session session = sessions.get(original);
		if (session == null) {
			return;
		}
		if (before.getKind() != original.getKind()) {
			closeSession(original); // another kind of session altogether: the editor opens a new one
			return;
		}
		ProjectEdit.applySubscriptions(before, original, session);
		History history = histories.get(original);
		if (history != null) {
			history.setLimit(Math.max(1, original.getHistoryLimit()) * 1024L * 1024L);
		}
		boolean newPassword = password != null && !java.util.Arrays.equals(password, oldPassword);
		if (session instanceof RemoteSession remote
				&& (newPassword || !EcoreUtil.equals(before.getConnection(), original.getConnection()))) {
			remote.reconfigure(SessionSettings.of(original.getConnection(), password(original)));
		}
	}

	private void check(Project candidate, Project replacing) throws ProjectException {
		List<String> problems = ProjectValidator.problems(candidate, replacing, registry);
		if (!problems.isEmpty()) {
			throw ProjectException.of(problems);
		}
	}

	@Override
	public synchronized void remove(Project project) throws ProjectException {
		int index = registry.getProjects().indexOf(project);
		registry.getProjects().remove(project);
		try {
			save();
		} catch (ProjectException e) {
			registry.getProjects().add(Math.max(0, index), project);
			throw e;
		}
		closeSession(project);
		if (project.getKind() == ProjectKind.REMOTE) {
			secrets.setPassword(project.getId(), null);
		}
		try {
			History.delete(historyFile(project));
		} catch (IOException e) {
			throw new ProjectException(NLS.bind(Messages.Project_historyNotDeleted, historyFile(project), e.getMessage()),
					e);
		}
	}

	@Override
	public synchronized Project duplicate(Project project) throws ProjectException {
		Project copy = EcoreUtil.copy(project);
		copy.setId(UUID.randomUUID().toString());
		copy.setName(uniqueName(project.getName() + " copy")); //$NON-NLS-1$
		copy.setCreated(new Date());
		if (copy.getConnection() != null) {
			copy.getConnection().setClientId(newRemoteProject().getConnection().getClientId());
		}
		add(copy, password(project));
		return copy;
	}

	@Override
	public char[] password(Project project) throws ProjectException {
		return project.getKind() == ProjectKind.REMOTE ? secrets.password(project.getId()) : null;
	}

	@Override
	public synchronized Session session(Project project) throws ProjectException {
		Session session = sessions.get(project);
		if (session != null) {
			return session;
		}
		if (project.getKind() == ProjectKind.LOCAL) {
			session = new LocalSession(broker, project.getMessageCapacity());
		} else {
			session = new RemoteSession(SessionSettings.of(project.getConnection(), password(project)),
					project.getMessageCapacity());
		}
		attachHistory(project, session);
		for (org.iotbench.projects.Subscription subscription : project.getSubscriptions()) {
			try {
				session.subscribe(subscription.getTopicFilter(), subscription.getQos());
			} catch (org.iotbench.sessions.SessionException e) {
				// the validator refuses such filters; one in a hand-edited file is reported, not applied
				loadProblem = NLS.bind(Messages.Project_subscriptionNotApplied,
						new Object[] { subscription.getTopicFilter(), project.getName(), e.getMessage() });
			}
		}
		if (project.getKind() == ProjectKind.LOCAL) {
			session.connect();
		}
		sessions.put(project, session);
		return session;
	}

	/**
	 * Opens the project's history, shows its newest messages in the session and hands it every later one. Without a
	 * history (the file is used by another workbench) the session keeps its messages in memory only, and the problem
	 * is kept for the editor to show.
	 */
	private void attachHistory(Project project, Session session) {
		long limit = Math.max(1, project.getHistoryLimit()) * 1024L * 1024L;
		try {
			History history = History.open(historyFile(project), limit);
			session.messages().restore(history.newest(session.messages().capacity()), history.lastSequence());
			session.messages().setJournal(history);
			histories.put(project, history);
			history.openProblem().ifPresent(problem -> historyProblems.put(project, problem));
		} catch (IOException e) {
			historyProblems.put(project, e.getMessage());
		}
	}

	private Path historyFile(Project project) {
		return historyFolder.resolve(project.getId() + ".mv.db"); //$NON-NLS-1$
	}

	@Override
	public synchronized Optional<History> history(Project project) {
		return Optional.ofNullable(histories.get(project));
	}

	@Override
	public synchronized Optional<String> historyProblem(Project project) {
		return Optional.ofNullable(historyProblems.remove(project));
	}

	@Override
	public synchronized Optional<Session> openSession(Project project) {
		return Optional.ofNullable(sessions.get(project));
	}

	@Override
	public synchronized void closeSession(Project project) {
		Session session = sessions.remove(project);
		if (session != null) {
			session.close();
		}
		History history = histories.remove(project);
		if (history != null) {
			history.close();
		}
	}

	@Override
	public synchronized void save() throws ProjectException {
		if (readOnly) {
			throw new ProjectException(loadProblem);
		}
		try {
			file.write(registry);
		} catch (IOException e) {
			throw new ProjectException(NLS.bind(Messages.Projects_notSaved, file.path(), e.getMessage()), e);
		}
	}

	@Override
	public void export(List<Project> projects, Path target) throws IOException {
		ProjectRegistry exported = ProjectsFactory.eINSTANCE.createProjectRegistry();
		for (Project project : projects) {
			exported.getProjects().add(EcoreUtil.copy(project));
		}
		new XmiFile<>(target, ProjectRegistry.class, ProjectsFactory.eINSTANCE::createProjectRegistry).write(exported);
	}

	@Override
	public synchronized List<Project> importFrom(Path source) throws ProjectException {
		if (!java.nio.file.Files.isRegularFile(source)) {
			throw new ProjectException(NLS.bind(Messages.Import_noFile, source));
		}
		ProjectRegistry imported;
		try {
			imported = new XmiFile<>(source, ProjectRegistry.class, ProjectsFactory.eINSTANCE::createProjectRegistry)
					.read();
		} catch (XmiFile.UnreadableException e) {
			throw new ProjectException(NLS.bind(Messages.Import_notProjects, source, e.getMessage()), e);
		}
		List<Project> added = new ArrayList<>();
		for (Project project : new ArrayList<>(imported.getProjects())) {
			project.setId(UUID.randomUUID().toString());
			String name = project.getName() == null ? "" : project.getName().trim(); //$NON-NLS-1$
			String unique = name;
			for (int i = 2; exists(unique) || nameIn(added, unique); i++) {
				unique = name + ' ' + i;
			}
			project.setName(unique);
			List<String> problems = ProjectValidator.problems(project, null, registry);
			if (!problems.isEmpty()) {
				throw new ProjectException(NLS.bind(Messages.Import_invalid, project.getName(), String.join(" ", problems))); //$NON-NLS-1$
			}
			added.add(project);
		}
		registry.getProjects().addAll(added);
		try {
			save();
		} catch (ProjectException e) {
			registry.getProjects().removeAll(added);
			throw e;
		}
		return added;
	}

	private static boolean nameIn(List<Project> projects, String name) {
		return projects.stream().anyMatch(p -> name.equalsIgnoreCase(p.getName()));
	}

	@Deactivate
	public synchronized void close() {
		sessions.values().forEach(Session::close);
		sessions.clear();
		histories.values().forEach(History::close);
		histories.clear();
	}
}
