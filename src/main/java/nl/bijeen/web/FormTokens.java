package nl.bijeen.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signed, stateless tokens for the public forms, in place of a token kept in a server session: {@code
 * f1.<issued at>.<HMAC-SHA256 of form and time>}. A token is bound to one form (its scope, e.g. one event's
 * registration form or one personal page) and valid for {@code bijeen.public.form-token-max-age}. Any
 * instance that shares the secret can check it.
 */
@Component
public class FormTokens {

	static final String PREFIX = "f1.";

	/** The outcome of checking a token. */
	public enum Check {

		VALID, EXPIRED, INVALID

	}

	private final PublicPagesProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile SecretKeySpec key;

	@Autowired
	FormTokens(PublicPagesProperties properties, JdbcClient jdbc) {
		this(properties, jdbc, Clock.systemUTC());
	}

	FormTokens(PublicPagesProperties properties, JdbcClient jdbc, Clock clock) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A fresh token for the form with this scope. */
	public String issue(String scope) {
		String issued = Long.toString(this.clock.millis() / 1000, 36);
		return PREFIX + issued + "." + mac(scope, issued);
	}

	/** Whether a value has the form of these tokens (rather than of a session's token). */
	public static boolean looksSigned(String value) {
		return value != null && value.startsWith(PREFIX);
	}

	/** Checks a token sent with the form with this scope. */
	public Check check(String token, String scope) {
		if (!looksSigned(token) || scope == null) {
			return Check.INVALID;
		}
		String[] parts = token.substring(PREFIX.length()).split("\\.", -1);
		if (parts.length != 2) {
			return Check.INVALID;
		}
		long issued;
		try {
			issued = Long.parseLong(parts[0], 36);
		}
		catch (NumberFormatException ex) {
			return Check.INVALID;
		}
		byte[] expected = mac(scope, parts[0]).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, parts[1].getBytes(StandardCharsets.US_ASCII))) {
			return Check.INVALID;
		}
		long age = this.clock.millis() / 1000 - issued;
		// A little slack for clocks of instances that differ slightly.
		return (age > this.properties.getFormTokenMaxAge().toSeconds() || age < -60) ? Check.EXPIRED : Check.VALID;
	}

	private String mac(String scope, String issued) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key());
			byte[] digest = mac.doFinal((scope + "|" + issued).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private SecretKeySpec key() {
		SecretKeySpec k = this.key;
		if (k == null) {
			synchronized (this) {
				if (this.key == null) {
					this.key = new SecretKeySpec(FormTokenSecret.resolve(this.properties, this.jdbc), "HmacSHA256");
				}
				k = this.key;
			}
		}
		return k;
	}

}
