package nl.bijeen.accounts;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time links to set a password: in an invitation (valid for days) or a password reset mail (valid for an
 * hour). A token is 256 random bits; only its SHA-256 hash is stored. Using a link is one conditional update,
 * so it works once, also when it is used twice at the same moment on two instances.
 */
@Repository
class PasswordLinks {

	enum Purpose {
		INVITATION, RESET
	}

	record Link(long accountId, Purpose purpose) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	PasswordLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new link for the account; earlier unused links of the account stop working.
	 * @return the token, to put in the mail; it is not stored
	 */
	String issue(long accountId, Purpose purpose, Duration validity) {
		LocalDateTime now = SignInThrottle.now();
		revokeAll(accountId, now);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc
			.sql("insert into account_token (account_id, purpose, token_hash, created_at, expires_at)"
					+ " values (:account, :purpose, :hash, :now, :expires)")
			.param("account", accountId)
			.param("purpose", purpose.name())
			.param("hash", ApiTokenService.hash(token))
			.param("now", now)
			.param("expires", now.plus(validity))
			.update();
		return token;
	}

	/**
	 * The link of this token if it can still be used, without using it.
	 */
	Optional<Link> find(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select account_id, purpose from account_token where token_hash = :hash and used_at is null"
					+ " and expires_at > :now")
			.param("hash", ApiTokenService.hash(token))
			.param("now", SignInThrottle.now())
			.query((rs, row) -> new Link(rs.getLong(1), Purpose.valueOf(rs.getString(2))))
			.optional();
	}

	/**
	 * Uses the link: afterwards it no longer works.
	 * @return the link, or empty when it was used, expired or never existed
	 */
	Optional<Link> use(String token) {
		Optional<Link> link = find(token);
		if (link.isEmpty()) {
			return link;
		}
		int used = this.jdbc
			.sql("update account_token set used_at = :now where token_hash = :hash and used_at is null"
					+ " and expires_at > :now")
			.param("hash", ApiTokenService.hash(token))
			.param("now", SignInThrottle.now())
			.update();
		return (used == 1) ? link : Optional.empty();
	}

	void revokeAll(long accountId, LocalDateTime now) {
		this.jdbc.sql("update account_token set used_at = :now where account_id = :account and used_at is null")
			.param("now", now)
			.param("account", accountId)
			.update();
	}

	/**
	 * Removes links that expired or were used before the given moment.
	 */
	int purge(LocalDateTime before) {
		return this.jdbc.sql("delete from account_token where expires_at < :before or used_at < :before")
			.param("before", before)
			.update();
	}

}
