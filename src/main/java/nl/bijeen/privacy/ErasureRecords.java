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
import org.springframework.stereotype.Repository;

/**
 * The record that erasures were done: who asked, when, how many registrations and mails, and the SHA-256 of
 * the normalised address (no other personal data), so that a repeated request can be recognised.
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
		this.jdbc.sql("""
				insert into erasure_record (erased_at, requested_by, email_hash, registrations, mails)
				values (:at, :by, :hash, :registrations, :mails)""")
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("by", requestedBy)
			.param("hash", hash(email))
			.param("registrations", registrations)
			.param("mails", mails)
			.update();
	}

	List<ErasureRecord> latest(int limit) {
		return this.jdbc.sql("select * from erasure_record order by erased_at desc, id desc limit :limit")
			.param("limit", limit)
			.query((rs, row) -> new ErasureRecord(rs.getObject("erased_at", OffsetDateTime.class).toInstant(),
					rs.getString("requested_by"), rs.getString("email_hash"), rs.getInt("registrations"),
					rs.getInt("mails")))
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
	 */
	public record ErasureRecord(Instant erasedAt, String requestedBy, String emailHash, int registrations, int mails) {

		/** The first characters of the hash, enough to tell records apart on screen. */
		public String shortHash() {
			return this.emailHash.substring(0, 12);
		}

	}

}
