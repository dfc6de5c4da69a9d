package org.iotbench.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.iotbench.clients.RegisteredClient;
import org.iotbench.registry.ClientRegistryService;
import org.iotbench.registry.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code iotbench clients import FILE} and {@code export}: a fleet in one change, or nothing with every bad line. */
class FleetCommandsTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private ClientRegistryService registry;

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

	private static Path file(String name, String content) throws Exception {
		Path file = Files.createTempDirectory("iotbench-fleet").resolve(name);
		Files.writeString(file, content, UTF_8);
		return file;
	}

	@Test
	void aCsvFleetIsRegisteredWithGeneratedPasswordsShownOnce() throws Exception {
		StringBuilder csv = new StringBuilder("id,password,name,description,publish,subscribe\n");
		for (int i = 0; i < 200; i++) {
			csv.append("class-").append(i).append(',').append(i % 2 == 0 ? "generate" : "pwd-" + i)
					.append(",\"Board, desk ").append(i).append("\",,devices/%c/# status/%c,commands/%c/#\n");
		}
		assertEquals(0, run("clients", "import", file("fleet.csv", csv.toString()).toString()), err.toString(UTF_8));
		assertEquals(200, registry.registry().getClients().size());
		RegisteredClient one = registry.find("class-1").orElseThrow();
		assertEquals("Board, desk 1", one.getName(), "quoted cells keep their commas");
		assertEquals(List.of("devices/%c/#", "status/%c"), one.getPublishPatterns());
		assertEquals(Verdict.ACCEPTED, registry.verify("class-1", "pwd-1".getBytes(UTF_8)));

		String printed = out.toString(UTF_8);
		String generatedLine = printed.lines().filter(l -> l.startsWith("class-0\t")).findFirst().orElseThrow();
		String generated = generatedLine.substring("class-0\t".length());
		assertEquals(Verdict.ACCEPTED, registry.verify("class-0", generated.getBytes(UTF_8)),
				"the printed password is the one registered");
		assertTrue(printed.lines().noneMatch(l -> l.startsWith("class-1\t")), "given passwords are not printed");
	}

	@Test
	void aFileWithBadLinesChangesNothingAndNamesEachLine() throws Exception {
		registry.register("Existing", "taken", "pwd".toCharArray(), "");
		String csv = """
				id,password,name
				good-1,pwd,One
				,pwd,No ID
				good-2,,No password
				bad id,pwd,Space in the ID
				taken,pwd,Already registered
				good-1,pwd,Twice
				""";
		assertEquals(1, run("clients", "import", file("bad.csv", csv).toString()));
		String problems = err.toString(UTF_8);
		for (String line : List.of("line 3", "line 4")) {
			assertTrue(problems.contains(line + ": "), line + " is named: " + problems);
		}
		assertEquals(List.of("taken"), registry.registry().getClients().stream().map(RegisteredClient::getClientId)
				.toList(), "nothing was registered");

		String fixedFormat = """
				id,password,name
				good-1,pwd,One
				bad id,pwd,Space in the ID
				taken,pwd,Already registered
				good-1,pwd,Twice
				""";
		assertEquals(1, run("clients", "import", file("still-bad.csv", fixedFormat).toString()));
		problems = err.toString(UTF_8);
		for (String line : List.of("line 3", "line 4", "line 5")) {
			assertTrue(problems.contains(line + ": "), line + " is named: " + problems);
		}
		assertEquals(1, registry.registry().getClients().size(), "still nothing registered");
	}

	@Test
	void aJsonFleetImportsAndTheRegistryExportsAgain() throws Exception {
		String json = """
				[ {"id": "lamp", "password": "pwd", "name": "Lamp", "publish": ["lamps/%c/#"]},
				  {"id": "door", "password": "generate", "subscribe": ["doors/#"]} ]
				""";
		assertEquals(0, run("clients", "import", file("fleet.json", json).toString()), err.toString(UTF_8));
		assertEquals(List.of("lamps/%c/#"), registry.find("lamp").orElseThrow().getPublishPatterns());

		Path exported = Files.createTempDirectory("iotbench-export").resolve("clients.json");
		assertEquals(0, run("clients", "export", exported.toString()), err.toString(UTF_8));
		String text = Files.readString(exported, UTF_8);
		assertTrue(text.contains("\"lamp\"") && text.contains("\"doors/#\""), text);
		assertTrue(!text.contains("pwd") && !text.contains("pbkdf2"), "no password, no hash: " + text);

		assertEquals(0, run("clients", "export"), err.toString(UTF_8));
		String csv = out.toString(UTF_8);
		assertTrue(csv.startsWith("# Passwords are not exported"), "says why the passwords are empty: " + csv);
		assertTrue(csv.contains("\nid,password,name,description,enabled,publish,subscribe\n"), csv);
	}

	@Test
	void anExportWithItsPasswordsFilledInImportsAsItIs() throws Exception {
		String csv = """
				id,password,name,publish,subscribe,enabled
				lamp,pwd-lamp,Lamp,"lamps/%c/#, alarms/#",,false
				door,pwd-door,Door,,doors/#,true
				""";
		assertEquals(0, run("clients", "import", file("fleet.csv", csv).toString()), err.toString(UTF_8));
		assertEquals(List.of("lamps/%c/#", "alarms/#"), registry.find("lamp").orElseThrow().getPublishPatterns(),
				"filters separated by a comma, as in the client dialog");
		assertFalse(registry.find("lamp").orElseThrow().isEnabled(), "enabled=false is kept");
		for (String name : List.of("clients.csv", "clients.json")) {
			Path exported = Files.createTempDirectory("iotbench-export").resolve(name);
			assertEquals(0, run("clients", "export", exported.toString()), err.toString(UTF_8));
			String text = Files.readString(exported, UTF_8);
			// what a user does: a password for each client, then the file back into an empty registry
			String filled = name.endsWith(".json") ? text.replace("\"password\": \"\"", "\"password\": \"generate\"")
					: text.replace("lamp,,", "lamp,generate,").replace("door,,", "door,generate,");
			Files.writeString(exported, filled, UTF_8);
			registry.remove("lamp");
			registry.remove("door");
			assertEquals(0, run("clients", "import", exported.toString()), name + ": " + err.toString(UTF_8));
			assertFalse(registry.find("lamp").orElseThrow().isEnabled(), name + ": still disabled");
			assertTrue(registry.find("door").orElseThrow().isEnabled(), name);
			assertEquals(List.of("lamps/%c/#", "alarms/#"), registry.find("lamp").orElseThrow().getPublishPatterns(), name);
			assertEquals(List.of("doors/#"), registry.find("door").orElseThrow().getSubscribePatterns(), name);
		}
		String bad = "id,password,enabled\nfan,pwd,maybe\n";
		assertEquals(1, run("clients", "import", file("bad.csv", bad).toString()));
		assertTrue(err.toString(UTF_8).contains("line 2") && err.toString(UTF_8).contains("maybe"), err.toString(UTF_8));
	}
}
