package nl.bijeen.attendance;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

import nl.bijeen.common.Zones;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The check-in code of each registration: issued once, on first use, and kept. Twelve characters of Crockford
 * base 32 (no I, L, O, U), shown in groups of four.
 */
@Service
public class CheckInCodes {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

	static final int LENGTH = 12;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	CheckInCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The registration's code, issued now if it has none yet (safe against concurrent callers). */
	public String of(Long registrationId) {
		for (int attempt = 0; attempt < 5; attempt++) {
			Optional<String> existing = existing(registrationId);
			if (existing.isPresent()) {
				return existing.get();
			}
			try {
				String code = generate();
				this.jdbc.sql("insert into check_in_code (registration_id, code, issued_at) values (?, ?, ?)")
					.params(registrationId, code, LocalDateTime.now(Zones.AMSTERDAM))
					.update();
				return code;
			}
			catch (DuplicateKeyException ex) {
				// issued meanwhile by another request, or (very rarely) the code exists: look again
			}
		}
		throw new IllegalStateException("No check-in code could be issued for registration " + registrationId);
	}

	/** The registration a code belongs to (input may contain spaces, dashes and lower case). */
	public Optional<Long> registration(String code) {
		String normal = normalise(code);
		if (normal == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("select registration_id from check_in_code where code = ?").param(normal)
			.query(Long.class).optional();
	}

	/** Upper case without separators, with the look-alikes Crockford allows (O→0, I/L→1); null if no code. */
	static String normalise(String code) {
		if (code == null) {
			return null;
		}
		String normal = code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
			.replace('L', '1');
		return normal.length() == LENGTH && normal.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? normal : null;
	}

	/** The code as people read it: three groups of four. */
	public static String display(String code) {
		return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
	}

	private Optional<String> existing(Long registrationId) {
		return this.jdbc.sql("select code from check_in_code where registration_id = ?").param(registrationId)
			.query(String.class).optional();
	}

	private String generate() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
