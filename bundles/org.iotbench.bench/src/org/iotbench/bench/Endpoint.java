package org.iotbench.bench;

/**
 * A broker under test, listening on the loopback interface.
 *
 * @param label   the name printed before its figures ({@code ours}, {@code mosquitto})
 * @param port    its TCP port on {@link LoopbackPorts#HOST}
 * @param process the process it runs in (ours: this JVM)
 */
record Endpoint(String label, int port, ProcessHandle process) {
	String serverUri() {
		return "tcp://" + LoopbackPorts.HOST + ':' + port;
	}

	/** The CPU time the broker's process has used so far, where the system tells it. */
	java.util.Optional<java.time.Duration> cpuTime() {
		return process.info().totalCpuDuration();
	}
}
