package org.iotbench.rcp;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.ILog;

/**
 * Keeps the window responsive on a busy machine. On Linux, every thread of the workbench but the UI thread (the
 * broker's, the history's, the sessions', the devices' traffic) runs at a lower scheduling priority, so that when they
 * fill the cores the UI thread still gets its turn at once. The bench measured why: under a flood of 20,000 msg/s on
 * two cores the UI thread was idle most of the time, yet a runnable posted to it waited up to 60-75 ms (p99) for a
 * core.
 * <p>
 * Linux keeps a nice value per thread and a new thread inherits its creator's, so most threads start lowered; a
 * thread made by the UI thread is lowered when a sweep of {@code /proc/self/task} finds it (every
 * {@value #SWEEP_MS} ms). Lowering needs no privilege; raising back does, so the UI thread itself is never touched.
 * The nice value is {@value #DEFAULT_NICE}, or the system property {@value #PROPERTY} ({@code 0} turns this off).
 * Elsewhere than Linux nothing happens.
 */
public final class BackgroundPriority implements AutoCloseable {

	/** The system property with the nice value of the other threads, 0 for none. */
	public static final String PROPERTY = "iotbench.backgroundNice"; //$NON-NLS-1$
	public static final int DEFAULT_NICE = 5;
	public static final int SWEEP_MS = 2000;
	private static final int PRIO_PROCESS = 0;
	private static final Path TASKS = Path.of("/proc/self/task"); //$NON-NLS-1$
	private static final Path THREAD_SELF = Path.of("/proc/thread-self"); //$NON-NLS-1$

	private final MethodHandle setpriority;
	private final int nice;
	private final long uiThread;
	private final Set<Long> lowered = new HashSet<>();
	private final Thread sweeper;
	private volatile boolean closed;

	private BackgroundPriority(MethodHandle setpriority, int nice, long uiThread) {
		this.setpriority = setpriority;
		this.nice = nice;
		this.uiThread = uiThread;
		sweeper = Thread.ofPlatform().daemon().name("IoT Workbench thread priorities").unstarted(this::sweep); //$NON-NLS-1$
	}

	/**
	 * Lowers every other thread of this process, now and every {@value #SWEEP_MS} ms until closed. Call it on the UI
	 * thread.
	 *
	 * @return empty where it does not apply (not Linux, turned off) or cannot work (no {@code setpriority})
	 */
	public static Optional<BackgroundPriority> start() {
		int nice = Integer.getInteger(PROPERTY, DEFAULT_NICE);
		if (nice <= 0 || !Files.isDirectory(TASKS)) {
			return Optional.empty();
		}
		try {
			long self = currentThreadId();
			BackgroundPriority priority = new BackgroundPriority(setpriority(), Math.min(nice, 19), self);
			priority.sweeper.start();
			return Optional.of(priority);
		} catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
			ILog.of(BackgroundPriority.class).warn("Background threads keep the UI thread's priority: " + e, e); //$NON-NLS-1$
			return Optional.empty();
		}
	}

	/**
	 * C's {@code int setpriority(int which, id_t who, int prio)}, through the foreign function API. That API is final
	 * from Java 22 and a preview in 21, which the product still supports on Windows and macOS: so it is reached by
	 * reflection, and on Java 21 this fails and nothing is lowered.
	 */
	private static MethodHandle setpriority() throws ReflectiveOperationException {
		Class<?> linkerType = Class.forName("java.lang.foreign.Linker"); //$NON-NLS-1$
		Class<?> layoutType = Class.forName("java.lang.foreign.MemoryLayout"); //$NON-NLS-1$
		Class<?> descriptorType = Class.forName("java.lang.foreign.FunctionDescriptor"); //$NON-NLS-1$
		Class<?> optionType = Class.forName("java.lang.foreign.Linker$Option"); //$NON-NLS-1$
		Object linker = linkerType.getMethod("nativeLinker").invoke(null); //$NON-NLS-1$
		Object lookup = linkerType.getMethod("defaultLookup").invoke(linker); //$NON-NLS-1$
		Optional<?> symbol = (Optional<?>) Class.forName("java.lang.foreign.SymbolLookup") //$NON-NLS-1$
				.getMethod("find", String.class).invoke(lookup, "setpriority"); //$NON-NLS-1$ //$NON-NLS-2$
		Object javaInt = Class.forName("java.lang.foreign.ValueLayout").getField("JAVA_INT").get(null); //$NON-NLS-1$ //$NON-NLS-2$
		Object arguments = Array.newInstance(layoutType, 3);
		for (int i = 0; i < 3; i++) {
			Array.set(arguments, i, javaInt);
		}
		Object descriptor = descriptorType.getMethod("of", layoutType, arguments.getClass()).invoke(null, javaInt, //$NON-NLS-1$
				arguments);
		try {
			return (MethodHandle) linkerType
					.getMethod("downcallHandle", Class.forName("java.lang.foreign.MemorySegment"), descriptorType, //$NON-NLS-1$ //$NON-NLS-2$
							optionType.arrayType())
					.invoke(linker, symbol.orElseThrow(), descriptor, Array.newInstance(optionType, 0));
		} catch (InvocationTargetException e) {
			throw new IllegalStateException(e.getCause());
		}
	}

	/** The kernel's ID of the calling thread, from {@code /proc/thread-self} ({@code <pid>/task/<tid>}). */
	public static long currentThreadId() throws IOException {
		return Long.parseLong(Files.readSymbolicLink(THREAD_SELF).getFileName().toString());
	}

	/** The kernel's IDs of this process's threads that this has lowered, a copy. */
	synchronized Set<Long> lowered() {
		return Set.copyOf(lowered);
	}

	private void sweep() {
		boolean first = true;
		while (!closed) {
			try {
				int changed = lowerNewThreads();
				if (first && changed == 0) {
					ILog.of(BackgroundPriority.class).warn("No thread's priority could be lowered"); //$NON-NLS-1$
					return;
				}
				first = false;
				Thread.sleep(SWEEP_MS);
			} catch (InterruptedException e) {
				return;
			} catch (IOException e) {
				ILog.of(BackgroundPriority.class).warn("Thread priorities: " + e, e); //$NON-NLS-1$
				return;
			}
		}
	}

	/** Lowers the threads not seen before; forgets ended ones (the kernel reuses IDs). */
	synchronized int lowerNewThreads() throws IOException {
		Set<Long> alive = new HashSet<>();
		int changed = 0;
		try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
			for (Path task : tasks) {
				long id;
				try {
					id = Long.parseLong(task.getFileName().toString());
				} catch (NumberFormatException e) {
					continue;
				}
				alive.add(id);
				if (id != uiThread && !lowered.contains(id) && lower(id)) {
					lowered.add(id);
					changed++;
				}
			}
		}
		lowered.retainAll(alive);
		return changed;
	}

	private boolean lower(long thread) {
		try {
			return (int) setpriority.invokeExact(PRIO_PROCESS, (int) thread, nice) == 0;
		} catch (Throwable e) { // invokeExact declares Throwable; setpriority itself reports by its result
			return false;
		}
	}

	/** Stops lowering new threads; those lowered stay so (raising them needs a privilege the user lacks). */
	@Override
	public void close() {
		closed = true;
		sweeper.interrupt();
	}
}
