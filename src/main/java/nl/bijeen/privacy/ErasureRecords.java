package nl.bijeen.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The record that erasures were done: who asked, when, for which organisation (when an organisation's
 * administrator erased for its events only), how many registrations and mails, and the SHA-256 of the normalised
 * address (no other personal data), so that a repeated request can be recognised.
 */
@Repository
public class ErasureRecords {

	/** Who is recorded when the participant erased their data through their personal link. */
	static final String PARTICIPANT = "participant";

	private final JdbcClient jdbc;

	ErasureRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Instant at, String requestedBy, String email, int registrations, int mails) {
		add(at, requestedBy, email, registrations, mails, null);
	}

	/**
	 * Records an erasure.
	 * @param organisationId the organisation whose events it covered; {@code null}: all events (or the
	 * participant's own registration)
	 */
	void add(Instant at, String requestedBy, String email, int registrations, int mails, Long organisationId) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into erasure_record (erased_at, requested_by, email_hash, registrations, mails)
				values (:at, :by, :hash, :registrations, :mails)""")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("by", requestedBy)
			.param("hash", hash(email))
			.param("registrations", registrations)
			.param("mails", mails)
			.update(key, "id");
		if (organisationId != null) {
			this.jdbc.sql("""
					insert into erasure_record_organisation (erasure_record_id, organisation_id)
					values (:id, :organisation)""")
				.param("id", key.getKey().longValue())
				.param("organisation", organisationId)
				.update();
		}
	}

	/**
	 * The latest erasures, newest first: all of them ({@code organisationId} null), or those done for one
	 * organisation's events.
	 */
	List<ErasureRecord> latest(int limit, Long organisationId) {
		String join = (organisationId == null)
				? "left join erasure_record_organisation o on o.erasure_record_id = r.id"
				: "join erasure_record_organisation o on o.erasure_record_id = r.id"
						+ " and o.organisation_id = :organisation";
		var statement = this.jdbc.sql("select r.*, o.organisation_id from erasure_record r " + join
				+ " order by r.erased_at desc, r.id desc limit :limit");
		if (organisationId != null) {
			statement = statement.param("organisation", organisationId);
		}
		return statement.param("limit", limit)
			.query((rs, row) -> new ErasureRecord(rs.getObject("erased_at", OffsetDateTime.class).toInstant(),
					rs.getString("requested_by"), rs.getString("email_hash"), rs.getInt("registrations"),
					rs.getInt("mails"), rs.getObject("organisation_id", Long.class)))
			.list();
	}

	int countFor(String email) {
		return this.jdbc.sql("select count(*) from erasure_record where email_hash = :hash")
			.param("hash", hash(email))
			.query(Integer.class)
			.single();
	}

	static String hash(String email) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

	/**
	 * One erasure as recorded.
	 *
	 * @param organisationId the organisation whose events it covered; {@code null}: all events, or the
	 * participant's own registration
	 */
	public record ErasureRecord(Instant erasedAt, String requestedBy, String emailHash, int registrations, int mails,
			Long organisationId) {

		/** The first characters of the hash, enough to tell records apart on screen. */
		public String shortHash() {
			return this.emailHash.substring(0, 12);
		}

	}

}
