package org.iotbench.registry.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.iotbench.registry.PasswordHasher;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

	private final PasswordHasher hasher = new PasswordHasher(RegistryFolder.TEST_ITERATIONS);

	@Test
	void theSamePasswordHashesDifferentlyEachTimeAndBothMatch() {
		String first = hasher.hash("pwd".toCharArray());
		String second = hasher.hash("pwd".toCharArray());

		assertNotEquals(first, second, "salted");
		assertTrue(first.startsWith("pbkdf2-sha256$" + RegistryFolder.TEST_ITERATIONS + "$"), first);
		assertTrue(hasher.matches("pwd".toCharArray(), first));
		assertTrue(hasher.matches("pwd".toCharArray(), second));
		assertFalse(hasher.matches("PWD".toCharArray(), first));
		assertFalse(hasher.matches("pwd ".toCharArray(), first));
		assertFalse(hasher.matches(new char[0], first));
	}

	@Test
	void aHashKeepsWorkingWithAnotherIterationCount() {
		String old = new PasswordHasher(500).hash("pwd".toCharArray());
		assertTrue(new PasswordHasher().matches("pwd".toCharArray(), old));
	}

	@Test
	void aPasswordSentAsUtf8BytesMatchesTheTypedOne() {
		String typed = "Grüße-✓-密码";
		String hash = hasher.hash(typed.toCharArray());
		assertTrue(hasher.matches(PasswordHasher.chars(typed.getBytes(StandardCharsets.UTF_8)), hash));
		assertFalse(hasher.matches(PasswordHasher.chars(typed.getBytes(StandardCharsets.ISO_8859_1)), hash));
	}

	@Test
	void aMalformedHashMatchesNothing() {
		String good = hasher.hash("pwd".toCharArray());
		String[] parts = good.split("\\$");
		List<String> malformed = new ArrayList<>(Arrays.asList(null, "", "pwd", "$", "$$$", "pbkdf2-sha256",
				"pbkdf2-sha256$" + parts[1] + "$" + parts[2], // no hash
				good + "$extra", //
				"sha1$" + parts[1] + "$" + parts[2] + "$" + parts[3], // another algorithm
				"PBKDF2-SHA256$" + parts[1] + "$" + parts[2] + "$" + parts[3], //
				parts[0] + "$many$" + parts[2] + "$" + parts[3], // iterations not a number
				parts[0] + "$0$" + parts[2] + "$" + parts[3], //
				parts[0] + "$-1000$" + parts[2] + "$" + parts[3], //
				parts[0] + "$99999999999$" + parts[2] + "$" + parts[3], // beyond int
				parts[0] + "$" + parts[1] + "$$" + parts[3], // empty salt
				parts[0] + "$" + parts[1] + "$!!not base64!!$" + parts[3], //
				parts[0] + "$" + parts[1] + "$" + parts[2] + "$!!not base64!!", //
				parts[0] + "$" + parts[1] + "$" + parts[2] + "$", // empty hash
				parts[0] + "$" + parts[1] + "$" + parts[2] + "$" + parts[3].substring(0, 20), // truncated hash
				parts[0] + "$" + parts[1] + "$" + parts[2] + "$" + flipFirst(parts[3])));
		for (String hash : malformed) {
			assertFalse(hasher.matches("pwd".toCharArray(), hash), () -> "matches: " + hash);
			assertFalse(hasher.matches(new char[0], hash), () -> "matches an empty password: " + hash);
		}
		assertTrue(hasher.matches("pwd".toCharArray(), good), "the unchanged hash matches");
	}

	private static String flipFirst(String base64) {
		char c = base64.charAt(0);
		return (c == 'A' ? 'B' : 'A') + base64.substring(1);
	}

	@Test
	void aPasswordStoredInClearTextByHandMatchesNothing() {
		assertFalse(hasher.matches("pwd".toCharArray(), "pwd"));
	}

	@Test
	void fewerThanOneIterationIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(0));
	}
}
