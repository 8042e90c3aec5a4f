package nl.bijeen.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The subscribers' personal links: a fresh unguessable token (256 random bits) for every mail, of which only the
 * SHA-256 hash is stored, as with the registrations' personal links. Every link of a subscriber opens their
 * preferences and unsubscribes them; a link confirms only within the confirmation validity.
 */
@Repository
class NewsletterLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	NewsletterLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new link for the subscriber; the token is returned and only its hash kept. */
	String issue(long subscriberId, Instant now) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("insert into newsletter_link (token_hash, subscriber_id, created_at) values (:hash, :id, :now)")
			.param("hash", hash(token))
			.param("id", subscriberId)
			.param("now", Subscribers.at(now))
			.update();
		return token;
	}

	/** The subscriber and the moment the link was made, if the token is one. */
	Optional<Link> find(String token) {
		if (token == null || token.length() < 22 || token.length() > 64 || !token.matches("[A-Za-z0-9_-]+")) {
			return Optional.empty();
		}
		return this.jdbc.sql("select subscriber_id, created_at from newsletter_link where token_hash = :hash")
			.param("hash", hash(token))
			.query((rs, n) -> new Link(rs.getLong("subscriber_id"), Subscribers.instant(rs, "created_at")))
			.optional();
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

	/** A link: whose, and since when. */
	record Link(long subscriberId, Instant createdAt) {
	}

}
