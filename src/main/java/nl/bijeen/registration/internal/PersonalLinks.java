package nl.bijeen.registration.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The unguessable tokens of personal links: 256 random bits, URL safe. Only their SHA-256 hash is stored.
 */
public final class PersonalLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private PersonalLinks() {
	}

	public static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

	/**
	 * Whether the text can be a token at all (cheap check before a database lookup).
	 */
	public static boolean plausible(String token) {
		return token != null && token.length() >= 22 && token.length() <= 64 && token.matches("[A-Za-z0-9_-]+");
	}

}
