package org.iotbench.projects.core;

/**
 * Where remote projects' passwords live: never in the project file. The product and the IDE use Eclipse Secure
 * Storage; a failure (no keyring, master password refused) is reported, never written elsewhere.
 */
public interface Secrets {

	/** @return the password, or {@code null} if none is stored */
	char[] password(String key) throws ProjectException;

	/** Stores a password, or removes it when {@code password} is null or empty. */
	void setPassword(String key, char[] password) throws ProjectException;
}
