package org.iotbench.registry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.iotbench.registry.CredentialGenerator;
import org.junit.jupiter.api.Test;

class CredentialGeneratorTest {

	private static final int COUNT = 1_000;
	private static final Pattern CLIENT_ID = Pattern.compile("dev-[a-z0-9]{8}");
	/** Characters that need no escaping in a C, Python or shell string. */
	private static final Pattern PASSWORD = Pattern.compile("[A-Za-z0-9._~-]{20}");

	private final CredentialGenerator generator = new CredentialGenerator();

	@Test
	void clientIdsAreUniqueAndShort() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < COUNT; i++) {
			String id = generator.clientId(candidate -> false);
			assertTrue(CLIENT_ID.matcher(id).matches(), id);
			ids.add(id);
		}
		assertEquals(COUNT, ids.size(), "no ID came twice");
	}

	@Test
	void aClientIdThatIsTakenIsNotOffered() {
		Set<String> offered = new HashSet<>();
		// only IDs ending in "2" are free: the generator has to try again about 31 times out of 32
		for (int i = 0; i < 20; i++) {
			String id = generator.clientId(candidate -> !candidate.endsWith("2"));
			assertTrue(id.endsWith("2"), id);
			offered.add(id);
		}
		assertTrue(offered.size() > 1, "still random: " + offered);
	}

	@Test
	void passwordsAreTwentySafeCharactersAndUnique() {
		Set<String> passwords = new HashSet<>();
		for (int i = 0; i < COUNT; i++) {
			String password = new String(generator.password());
			assertEquals(20, password.length(), password);
			assertTrue(PASSWORD.matcher(password).matches(), password);
			passwords.add(password);
		}
		assertEquals(COUNT, passwords.size(), "no password came twice");
	}
}
