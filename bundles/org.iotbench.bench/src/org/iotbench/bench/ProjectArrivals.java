package org.iotbench.bench;

/** Counts what a project records: a listener of its store, told on the thread that appends. */
final class ProjectArrivals extends Arrivals implements AutoCloseable {

	private final BenchProject project;
	private final Runnable listener = this::arrived;

	ProjectArrivals(BenchProject project) {
		this.project = project;
		project.messages().addListener(listener);
	}

	@Override
	String broken() {
		return project.broken();
	}

	@Override
	public void close() {
		project.messages().removeListener(listener);
	}
}
