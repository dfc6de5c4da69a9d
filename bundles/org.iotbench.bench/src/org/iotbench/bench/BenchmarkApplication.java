package org.iotbench.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * {@code iotbench bench}: measures the embedded broker beside mosquitto on the loopback interface. Exit codes: 0 done,
 * 1 our broker failed to start, 2 wrong usage, 3 interrupted (the platform stopped the application), 4 the results
 * file could not be written (the figures are printed all the same).
 */
public final class BenchmarkApplication implements IApplication {

	static final int OK = 0;
	static final int BROKER_FAILED = 1;
	static final int USAGE = 2;
	static final int INTERRUPTED = 3;
	static final int RESULTS_FAILED = 4;
	/** A defect of the benchmark itself: what failed is printed, never swallowed. */
	static final int FAILED = 5;

	private volatile Benchmark running;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return run(args == null ? List.of() : Arrays.asList(args), System.out, System.err);
	}

	int run(List<String> args, PrintStream out, PrintStream err) {
		if (BenchmarkOptions.helpRequested(args)) {
			out.print(BenchmarkOptions.USAGE);
			return OK;
		}
		BenchmarkOptions options;
		try {
			options = BenchmarkOptions.parse(args);
		} catch (UsageException e) {
			err.println(e.getMessage());
			err.println();
			err.print(BenchmarkOptions.USAGE);
			return USAGE;
		}
		Benchmark benchmark = new Benchmark(options, out, err);
		running = benchmark;
		try {
			return benchmark.run();
		} catch (RuntimeException | LinkageError e) {
			out.println("# the benchmark failed: " + e);
			out.flush();
			err.println("The benchmark failed:");
			e.printStackTrace(err);
			return FAILED;
		} finally {
			running = null;
		}
	}

	@Override
	public void stop() {
		Benchmark current = running;
		if (current != null) {
			current.cancel();
		}
	}
}
