package org.iotbench.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;

import org.iotbench.bridges.Bridge;
import org.iotbench.bridges.runtime.BridgeFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code iotbench bridges}: each change one locked write of the bridges file, or none with a reason. */
class BridgesCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private BridgeFile file;

	@BeforeEach
	@AfterEach
	void noBridges() throws Exception {
		file = BridgeFile.current();
		file.change(configuration -> {
			configuration.getBridges().clear();
			return null;
		});
	}

	private int run(String... args) throws Exception {
		out.reset();
		err.reset();
		return new CommandLineApplication().run(List.of(args), new PrintStream(out, true, UTF_8),
				new PrintStream(err, true, UTF_8));
	}

	@Test
	void aBridgeIsAddedListedDisabledAndRemoved() throws Exception {
		assertEquals(0, run("bridges", "add", "cloud", "--host", "broker.example.com", "--tls", "--topic",
				"sensors/# out 1 \"\" site1/", "--topic", "cmd/# in 1"), err.toString(UTF_8));
		Bridge bridge = file.read().getBridges().get(0);
		assertEquals("broker.example.com", bridge.getHost());
		assertEquals(8883, bridge.getPort(), "TLS brings its port");
		assertTrue(bridge.getClientId().startsWith("iotbench-cloud-"), bridge.getClientId());
		assertEquals(2, bridge.getRules().size());
		assertEquals("site1/", bridge.getRules().get(0).getRemotePrefix());

		assertEquals(0, run("bridges", "list"));
		String list = out.toString(UTF_8);
		assertTrue(list.contains("cloud  mqtts://broker.example.com:8883"), list);
		assertTrue(list.contains("topic sensors/# out 1 \"\" site1/"), list);
		assertTrue(list.contains("topic cmd/# in 1"), list);

		assertEquals(1, run("bridges", "add", "cloud", "--host", "other", "--topic", "a/#"));
		assertTrue(err.toString(UTF_8).contains("exists already"), err.toString(UTF_8));

		assertEquals(0, run("bridges", "disable", "cloud"));
		assertEquals(false, file.read().getBridges().get(0).isEnabled());
		assertEquals(0, run("bridges", "remove", "cloud"));
		assertEquals(0, file.read().getBridges().size());
		assertEquals(1, run("bridges", "remove", "cloud"));
		assertTrue(err.toString(UTF_8).contains("no bridge named cloud"), err.toString(UTF_8));
	}

	@Test
	void aBridgeThatCannotWorkIsNotAddedAndEachProblemIsNamed() throws Exception {
		assertEquals(1, run("bridges", "add", "lab", "--host", "mqtt://broker", "--port", "70000", "--topic",
				"sensors/#/x out 1"));
		String problems = err.toString(UTF_8);
		assertTrue(problems.contains("mqtt://broker"), problems);
		assertTrue(problems.contains("70000"), problems);
		assertTrue(problems.contains("sensors/#/x"), problems);
		assertEquals(0, file.read().getBridges().size(), "nothing was written");

		assertEquals(1, run("bridges", "add", "lab", "--host", "broker", "--topic", "sensors/# sideways"));
		assertTrue(err.toString(UTF_8).contains("sideways"), err.toString(UTF_8));
		assertEquals(2, run("bridges", "add", "lab", "--host", "broker"), "a bridge without topics is wrong usage");
	}
}
