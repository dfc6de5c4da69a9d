package org.iotbench.bench;

/**
 * A broker under test, listening on the loopback interface.
 *
 * @param label the name printed before its figures ({@code ours}, {@code mosquitto})
 * @param port  its TCP port on {@link LoopbackPorts#HOST}
 */
record Endpoint(String label, int port) {

	String serverUri() {
		return "tcp://" + LoopbackPorts.HOST + ':' + port;
	}
}
