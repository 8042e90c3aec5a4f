package nl.bijeen.certificates;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Verification codes: 20 characters of Crockford base 32 (100 random bits), unguessable; shown in groups of four.
 * Reading one back forgives case, hyphens, spaces and the letters O, I and L for 0 and 1.
 */
final class CertificateCodes {

	static final int LENGTH = 20;

	private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private CertificateCodes() {
	}

	static String random() {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(code);
	}

	static String display(String code) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < code.length(); i += 4) {
			if (i > 0) {
				out.append('-');
			}
			out.append(code, i, Math.min(code.length(), i + 4));
		}
		return out.toString();
	}

	/** The stored form of a code as someone typed it, or null when it cannot be one. */
	static String normalise(String typed) {
		if (typed == null) {
			return null;
		}
		String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
			.replace('L', '1');
		return code.matches("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}") ? code : null;
	}

}
