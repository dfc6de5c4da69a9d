package org.iotbench.registry;

/** The outcome of checking a device's credentials against the registry. */
public enum Verdict {
	ACCEPTED(Messages.Verdict_accepted),
	UNKNOWN_CLIENT(Messages.Verdict_unknownClient),
	DISABLED(Messages.Verdict_disabled),
	WRONG_PASSWORD(Messages.Verdict_wrongPassword),
	NO_PASSWORD(Messages.Verdict_noPassword);

	private final String reason;

	Verdict(String reason) {
		this.reason = reason;
	}

	public boolean accepted() {
		return this == ACCEPTED;
	}

	/** The reason in words, as a maker reads it in the connection log. */
	public String reason() {
		return reason;
	}
}
