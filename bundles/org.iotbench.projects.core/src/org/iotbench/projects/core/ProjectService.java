package org.iotbench.projects.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectRegistry;
import org.iotbench.sessions.Session;

/**
 * The user's projects and their sessions. Projects are edited as copies: {@link #add} and {@link #replace} check the
 * whole project and save it, or refuse it with the problems in words and change nothing.
 */
public interface ProjectService {

	/** The projects, for reading and listening; change them only through this service. */
	ProjectRegistry registry();

	/** The problem met reading the projects file, if any (the file was kept aside). */
	Optional<String> loadProblem();

	/** A new local project, not added yet, with a name no project has. */
	Project newLocalProject();

	/** A new remote project, not added yet: a unique name and a generated client ID, port 1883, MQTT 3.1.1. */
	Project newRemoteProject();

	/** The problems of a project as it would be saved, in words; empty when it can be saved. */
	List<String> problems(Project candidate, Project replacing);

	/** Adds a project (and, for remote ones, stores the password in secure storage). */
	void add(Project project, char[] password) throws ProjectException;

	/**
	 * Replaces a project with an edited copy.
	 *
	 * @param password the new password, or {@code null} to keep the stored one
	 */
	void replace(Project original, Project edited, char[] password) throws ProjectException;

	void remove(Project project) throws ProjectException;

	Project duplicate(Project project) throws ProjectException;

	/** The stored password of a remote project, or {@code null}. */
	char[] password(Project project) throws ProjectException;

	/** The session of a project, opened on first use; a local project's session is connected at once. */
	Session session(Project project) throws ProjectException;

	Optional<Session> openSession(Project project);

	/** The message history of a project whose session is open, unless it could not be opened. */
	Optional<org.iotbench.history.History> history(Project project);

	/**
	 * What went wrong opening the history of a project's session (kept aside, repaired, used by another workbench), in
	 * words; told once.
	 */
	Optional<String> historyProblem(Project project);

	void closeSession(Project project);

	/** Saves the project's subscriptions and publish history after a session-side change. */
	void save() throws ProjectException;

	/** Writes projects to a file others can import (passwords are not exported). */
	void export(List<Project> projects, Path file) throws IOException;

	/** Adds the projects of an exported file; names that exist get a suffix. */
	List<Project> importFrom(Path file) throws ProjectException;
}
