package nl.bijeen.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The personal links to the evaluation form: 256 random bits, URL safe; only their SHA-256 hash is stored. Each mail
 * carries a link of its own (issued when the mail is written), and every link of an invitation keeps working.
 */
@Component
class EvaluationLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	EvaluationLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Issues a new link to the invitation; returns its token. */
	String issue(long invitationId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("insert into evaluation_link (token_hash, invitation_id, issued_at) values (?, ?, ?)")
			.params(hash(token), invitationId, EvaluationForms.now()).update();
		return token;
	}

	/** The invitation this token leads to. */
	Optional<Long> invitation(String token) {
		if (token == null || token.length() < 22 || token.length() > 64 || !token.matches("[A-Za-z0-9_-]+")) {
			return Optional.empty();
		}
		return this.jdbc.sql("select invitation_id from evaluation_link where token_hash = ?").param(hash(token))
			.query(Long.class).optional();
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

}
