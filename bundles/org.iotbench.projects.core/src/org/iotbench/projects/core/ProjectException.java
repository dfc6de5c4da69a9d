package org.iotbench.projects.core;

import java.util.List;

/** A project change that was refused or could not be saved; the message says why, in words. */
public final class ProjectException extends Exception {

	private static final long serialVersionUID = 1L;

	public ProjectException(String message) {
		super(message);
	}

	public ProjectException(String message, Throwable cause) {
		super(message, cause);
	}

	/** One exception for all the problems found in a project. */
	public static ProjectException of(List<String> problems) {
		return new ProjectException(String.join("\n", problems)); //$NON-NLS-1$
	}
}
