package nl.bijeen.web;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The key that signs the public forms' tokens: the configured one, else a random one kept in the database
 * (created by the first instance that needs it), so that every instance on one database signs alike.
 */
final class FormTokenSecret {

	static final String NAME = "form-token";

	private FormTokenSecret() {
	}

	static byte[] resolve(PublicPagesProperties properties, JdbcClient jdbc) {
		String configured = properties.getFormTokenSecret();
		if (configured != null && !configured.isBlank()) {
			return configured.getBytes(StandardCharsets.UTF_8);
		}
		String stored = stored(jdbc);
		if (stored == null) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			try {
				jdbc.sql("insert into web_secret (name, secret) values (?, ?)")
					.params(NAME, Base64.getEncoder().encodeToString(random))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Another instance was first: use its secret.
			}
			stored = stored(jdbc);
		}
		return Base64.getDecoder().decode(stored);
	}

	private static String stored(JdbcClient jdbc) {
		return jdbc.sql("select secret from web_secret where name = ?").param(NAME).query(String.class).optional()
			.orElse(null);
	}

}
