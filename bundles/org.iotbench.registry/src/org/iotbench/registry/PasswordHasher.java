package org.iotbench.registry;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, deliberately slow password hashes (PBKDF2 with HMAC-SHA-256), encoded as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} with Base64 salt and hash. Only the encoded hash is stored.
 */
public final class PasswordHasher {

	/** Iterations for new hashes: about 15 ms per hash on the 2-core build machine (README, benchmark). */
	public static final int DEFAULT_ITERATIONS = 20_000;

	private static final String PREFIX = "pbkdf2-sha256"; //$NON-NLS-1$
	private static final String ALGORITHM = "PBKDF2WithHmacSHA256"; //$NON-NLS-1$
	private static final int SALT_BYTES = 16;
	private static final int HASH_BITS = 256;

	private final SecureRandom random = new SecureRandom();
	private final int iterations;

	public PasswordHasher() {
		this(DEFAULT_ITERATIONS);
	}

	public PasswordHasher(int iterations) {
		if (iterations < 1) {
			throw new IllegalArgumentException("iterations < 1"); //$NON-NLS-1$
		}
		this.iterations = iterations;
	}

	/** A new salted hash of the password. */
	public String hash(char[] password) {
		byte[] salt = new byte[SALT_BYTES];
		random.nextBytes(salt);
		byte[] hash = derive(password, salt, iterations);
		Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
		return PREFIX + '$' + iterations + '$' + b64.encodeToString(salt) + '$' + b64.encodeToString(hash);
	}

	/** Whether the password matches the encoded hash; a malformed hash matches nothing. */
	public boolean matches(char[] password, String encoded) {
		if (encoded == null) {
			return false;
		}
		String[] parts = encoded.split("\\$"); //$NON-NLS-1$
		if (parts.length != 4 || !PREFIX.equals(parts[0])) {
			return false;
		}
		try {
			int rounds = Integer.parseInt(parts[1]);
			byte[] salt = Base64.getDecoder().decode(parts[2]);
			byte[] expected = Base64.getDecoder().decode(parts[3]);
			if (rounds < 1) {
				return false;
			}
			return MessageDigest.isEqual(expected, derive(password, salt, rounds));
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** The characters of a password sent by a device as bytes (MQTT sends UTF-8). */
	public static char[] chars(byte[] password) {
		CharBuffer decoded = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(password));
		char[] chars = Arrays.copyOf(decoded.array(), decoded.limit());
		Arrays.fill(decoded.array(), '\0');
		return chars;
	}

	private static byte[] derive(char[] password, byte[] salt, int rounds) {
		PBEKeySpec spec = new PBEKeySpec(password, salt, rounds, HASH_BITS);
		try {
			return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(ALGORITHM + " is not available in this Java runtime", e); //$NON-NLS-1$
		} finally {
			spec.clearPassword();
		}
	}
}
