package org.iotbench.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.iotbench.broker.BrokerService;
import org.iotbench.broker.BrokerState;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.registry.ClientRegistryService;
import org.iotbench.registry.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code iotbench clients ...} and {@code iotbench broker ...} as a user types them, against the declarative services
 * of the test runtime. The registry lives in the data folder named by {@code -Diotbench.data}, set for this bundle in
 * its {@code build.properties}.
 */
class CommandLineApplicationTest {

	private static final String DATA_PROPERTY = "iotbench.data";
	private static final String USAGE_LINE = "iotbench [--data DIR] clients add --id ID --password PW";

	private static Path data;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private ClientRegistryService registry;

	@BeforeAll
	static void dataFolderIsTheTestRuntimesOwn() {
		String configured = System.getProperty(DATA_PROPERTY);
		assertNotNull(configured, "the test runtime must set -D" + DATA_PROPERTY
				+ "; without it these tests would change the user's registry in ~/.iotbench");
		data = Path.of(configured);
	}

	/** The registry service stays active between tests: start each one without clients. */
	@BeforeEach
	void noClientsRegistered() throws Exception {
		registry = Services.get(ClientRegistryService.class);
		for (RegisteredClient client : List.copyOf(registry.registry().getClients())) {
			registry.remove(client.getClientId());
		}
	}

	private int run(String... args) throws Exception {
		out.reset();
		err.reset();
		return new CommandLineApplication().run(List.of(args), new PrintStream(out, true, UTF_8),
				new PrintStream(err, true, UTF_8));
	}

	private String out() {
		return out.toString(UTF_8);
	}

	private String err() {
		return err.toString(UTF_8);
	}

	private int addClientA() throws Exception {
		return run("clients", "add", "--id", "clientA", "--password", "pwd", "--name", "ESP32");
	}

	@Test
	void helpAfterACommandPrintsTheUsageInsteadOfAnError() throws Exception {
		for (String[] args : List.of(new String[] { "broker", "--help" }, new String[] { "clients", "add", "-h" },
				new String[] { "--help" })) {
			assertEquals(0, run(args), String.join(" ", args) + ": " + err());
			assertTrue(out().contains(USAGE_LINE), String.join(" ", args) + " printed: " + out());
			assertEquals("", err(), String.join(" ", args));
		}
		// the value of an option is not a request for help
		assertEquals(0, run("clients", "add", "--id", "dash", "--password", "-h"), err());
		assertTrue(registry.find("dash").isPresent(), "a client whose password is -h is registered");
	}

	/** The row {@code clients list} prints for a client, split at blanks: ID, name, enabled, last seen. */
	private List<String> listed(String clientId) throws Exception {
		assertEquals(0, run("clients", "list"), err());
		List<String> rows = out().lines().filter(line -> line.startsWith(clientId + ' ')).toList();
		assertEquals(1, rows.size(), () -> clientId + " is listed once:\n" + out());
		return List.of(rows.get(0).trim().split("\\s+"));
	}

	@Test
	void anAddedClientIsListed() throws Exception {
		assertEquals(0, addClientA(), err());
		assertTrue(out().contains("clientA"), out());
		assertEquals("", err());

		assertEquals(List.of("clientA", "ESP32", "yes", "never"), listed("clientA"));
		assertTrue(out().startsWith("CLIENT ID"), "a header comes first:\n" + out());
		assertEquals("", err());

		assertTrue(Files.readString(data.resolve("clients.xmi"), UTF_8).contains("\"clientA\""),
				"saved in the data folder");
		assertEquals(Verdict.ACCEPTED, registry.verify("clientA", "pwd".getBytes(UTF_8)), "the broker lets it in");
	}

	@Test
	void addingAClientIdTwiceFailsNamingIt() throws Exception {
		assertEquals(0, addClientA(), err());

		assertEquals(1, run("clients", "add", "--id", "clientA", "--password", "other", "--name", "Intruder"));
		assertTrue(err().contains("clientA"), err());
		assertFalse(err().contains("Usage:"), "a failure, not wrong usage:\n" + err());
		assertFalse(out().contains("Registered"), out());

		assertEquals(List.of("clientA", "ESP32", "yes", "never"), listed("clientA"));
		assertEquals(Verdict.ACCEPTED, registry.verify("clientA", "pwd".getBytes(UTF_8)), "the first password stays");
	}

	@Test
	void aDisabledClientIsListedAsNotEnabled() throws Exception {
		assertEquals(0, addClientA(), err());

		assertEquals(0, run("clients", "disable", "clientA"), err());
		assertEquals("no", listed("clientA").get(2));
		assertEquals(Verdict.DISABLED, registry.verify("clientA", "pwd".getBytes(UTF_8)));

		assertEquals(0, run("clients", "enable", "clientA"), err());
		assertEquals("yes", listed("clientA").get(2));
	}

	@Test
	void aRemovedClientIsGone() throws Exception {
		assertEquals(0, addClientA(), err());

		assertEquals(0, run("clients", "remove", "clientA"), err());
		assertEquals(0, run("clients", "list"), err());
		assertTrue(out().contains("No clients are registered"), out());
		assertFalse(out().contains("clientA"), out());

		assertEquals(1, run("clients", "remove", "clientA"), "removing it again fails");
		assertTrue(err().contains("clientA"), err());
	}

	private record Misuse(List<String> args, String says) {
	}

	@Test
	void wrongUsageExitsWithTwoAndPrintsTheUsage() throws Exception {
		for (Misuse misuse : List.of(new Misuse(List.of(), ""), //
				new Misuse(List.of("clients"), "list, add, import, export, remove, enable, disable, permit or code"),
				new Misuse(List.of("clients", "frobnicate"), "\"frobnicate\""),
				new Misuse(List.of("clients", "add", "--id", "x"), "--password"),
				new Misuse(List.of("clients", "disable"), "iotbench clients disable ID"),
				new Misuse(List.of("clients", "list", "--verbose"), "\"--verbose\""),
				new Misuse(List.of("bogus"), "\"bogus\""))) {
			String typed = String.join(" ", misuse.args());
			assertEquals(2, run(misuse.args().toArray(String[]::new)), typed);
			assertTrue(err().contains(misuse.says()), typed + " says " + misuse.says() + ":\n" + err());
			assertTrue(err().contains("Usage:") && err().contains(USAGE_LINE), typed + " prints the usage:\n" + err());
			assertEquals("", out(), typed + " prints nothing on standard output");
		}
		assertTrue(registry.find("x").isEmpty(), "nothing was registered");
	}

	@Test
	void aPortThatIsNoNumberIsWrongUsage() throws Exception {
		// were the port accepted, the broker would run until Ctrl-C
		int exit = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("broker", "--port", "notaport"));

		assertEquals(2, exit, err());
		assertTrue(err().contains("The port \"notaport\" is not a number between 1 and 65535."), err());
		assertTrue(err().contains("Usage:"), err());
		assertNotEquals(BrokerState.RUNNING, Services.get(BrokerService.class).status().state(),
				"the broker was not started");
	}

	@Test
	void codePrintsADeviceForTheClientWithItsCheckedPasswordOrAPlaceholder() throws Exception {
		assertEquals(0, addClientA());
		assertEquals(CommandLineApplication.OK, run("clients", "code", "clientA", "--lang", "micropython", "--password",
				"pwd", "--host", "192.0.2.5"), err());
		assertTrue(out().contains("MQTT_BROKER = \"192.0.2.5\""), out());
		assertTrue(out().contains("MQTT_CLIENT_ID = \"clientA\""), out());
		assertTrue(out().contains("MQTT_PASSWORD = \"pwd\""), out());
		assertTrue(out().contains("from umqtt.simple import MQTTClient"), out());

		assertEquals(CommandLineApplication.OK, run("clients", "code", "clientA", "--lang", "arduino"), err());
		assertTrue(out().contains("const char *MQTT_PASSWORD = \"YOUR_PASSWORD\";"), out());
		assertTrue(err().contains("YOUR_PASSWORD"), "the user is told to fill in the password: " + err());
	}

	@Test
	void codeRefusesAWrongPasswordAnUnknownClientAndAnUnknownLanguage() throws Exception {
		assertEquals(0, addClientA());
		assertEquals(CommandLineApplication.FAILED,
				run("clients", "code", "clientA", "--lang", "python", "--password", "wrong"));
		assertTrue(err().contains("would refuse client clientA"), err());
		assertEquals("", out(), "no code for a password the broker refuses");
		assertEquals(CommandLineApplication.FAILED, run("clients", "code", "nobody", "--lang", "python"));
		assertTrue(err().contains("No client nobody is registered"), err());
		assertEquals(CommandLineApplication.USAGE, run("clients", "code", "clientA", "--lang", "cobol"));
		assertTrue(err().contains("micropython, arduino, esp-idf, python"), err());
		assertEquals(CommandLineApplication.USAGE, run("clients", "code", "clientA"));
		assertTrue(err().contains("--lang"), err());
	}

	@Test
	void codeWritesTheFileAtomicallyWhenAskedTo() throws Exception {
		assertEquals(0, addClientA());
		Path file = data.resolve("device-" + System.nanoTime() + ".c");
		assertEquals(CommandLineApplication.OK, run("clients", "code", "clientA", "--lang", "esp-idf", "--password",
				"pwd", "--host", "192.0.2.5", "--output", file.toString()), err());
		String code = Files.readString(file);
		assertTrue(code.contains("#define MQTT_URI \"mqtt://192.0.2.5:"), code);
		assertTrue(out().contains(file.toString()), "says where it wrote: " + out());
		Files.delete(file);
	}

	@Test
	void simulateRunsVirtualDevicesAgainstABrokerUntilTheirCount() throws Exception {
		Path folder = Files.createTempDirectory(data, "simulate");
		try (org.iotbench.tests.support.EmbeddedBroker broker = new org.iotbench.tests.support.EmbeddedBroker(folder);
				org.iotbench.tests.support.Device watcher = new org.iotbench.tests.support.Device(broker.port(),
						"watcher")) {
			broker.registry.register(null, "sim-1", "pw".toCharArray(), null);
			broker.registry.register(null, "sim-2", "pw".toCharArray(), null);
			broker.registry.register(null, "watcher", "w".toCharArray(), null);
			watcher.connect("w");
			watcher.client.subscribe("lab/#", 1);
			assertEquals(CommandLineApplication.OK, run("simulate", "--client", "sim", "--devices", "2", "--password",
					"pw", "--host", "127.0.0.1", "--port", Integer.toString(broker.port()), "--topic", "lab/%c",
					"--payload", "${counter(1)}", "--count", "4", "--interval", "50", "--qos", "1"), err());
			assertTrue(org.iotbench.tests.support.Eventually.within(5, () -> watcher.received.size() >= 8),
					"4 messages from each: " + watcher.received);
			assertEquals(List.of("1", "2", "3", "4"), watcher.received.stream()
					.filter(m -> m.topic().equals("lab/sim-2")).map(m -> m.payload()).toList());
			assertTrue(out().contains("sim-1 sent 4 message(s)."), out());
		}
	}

	@Test
	void simulateRefusesWrongOptionsWithTheUsage() throws Exception {
		assertEquals(CommandLineApplication.USAGE, run("simulate", "--client", "sim", "--interval", "1"));
		assertTrue(err().contains("--interval") && err().contains("10"), err());
		assertEquals(CommandLineApplication.USAGE, run("simulate", "--password", "x"));
		assertTrue(err().contains("--client"), err());
		assertEquals(CommandLineApplication.FAILED, run("simulate", "--client", "sim", "--port", "1", "--payload",
				"${walk(1)}"));
		assertTrue(err().contains("walk") || err().contains("argument"), err());
	}
}
