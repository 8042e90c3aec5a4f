package nl.bijeen.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The mails in the outbox as the sender sees them: adding, claiming, and recording the outcome of an
 * attempt. Every claim and outcome is a conditional update, so that instances sharing the database never
 * send a mail twice while its claim holds.
 */
@Repository
class OutboxMails {

	/** A pending mail that is due, or a mail whose sender's claim has expired. */
	private static final String DUE = "((status = 'PENDING' and next_attempt_at <= :now)"
			+ " or (status = 'SENDING' and claimed_until < :now))";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final OutboxProperties properties;

	OutboxMails(JdbcClient jdbc, JdbcTemplate batch, OutboxProperties properties) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.properties = properties;
	}

	/**
	 * A new, globally unique Message-ID (RFC 5322) in the domain of the sender address.
	 */
	String newMessageId() {
		String from = this.properties.getFrom();
		String domain = (from != null && from.indexOf('@') > 0) ? from.substring(from.lastIndexOf('@') + 1)
				: "bijeen.invalid";
		return "<" + UUID.randomUUID() + ".outbox@" + domain + ">";
	}

	/**
	 * Stores the mail; empty if a mail with the same reference is already there. Uses
	 * {@code on conflict do nothing} rather than catching the error, because a failed statement would spoil
	 * the caller's transaction on PostgreSQL.
	 */
	Optional<Long> add(OutgoingMail mail, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		int rows = this.jdbc.sql("""
				insert into mail_outbox (created_at, to_address, to_name, subject, text_body, html_body, status,
				    attempts, next_attempt_at, reference, locale, from_name, reply_to, message_id, event_id,
				    organisation_id, headers)
				values (:now, :to, :toName, :subject, :text, :html, 'PENDING', 0, :now, :reference, :locale,
				    :fromName, :replyTo, :messageId, :eventId, :organisationId, :headers)
				on conflict do nothing""")
			.param("headers", MailHeaders.encode(mail.headers()))
			.param("eventId", mail.eventId())
			.param("organisationId", mail.organisationId())
			.param("fromName", mail.fromName())
			.param("replyTo", mail.replyTo())
			.param("now", timestamp(now))
			.param("to", mail.to())
			.param("toName", mail.toName())
			.param("subject", mail.subject())
			.param("text", mail.text())
			.param("html", mail.html())
			.param("reference", mail.reference())
			.param("locale", (mail.locale() != null) ? mail.locale().toLanguageTag() : null)
			.param("messageId", newMessageId())
			.update(keys, "id");
		if (rows == 0) {
			return Optional.empty();
		}
		long id = keys.getKey().longValue();
		addAttachments(id, mail.attachments());
		return Optional.of(id);
	}

	private void addAttachments(long id, List<Attachment> attachments) {
		int order = 0;
		for (Attachment attachment : attachments) {
			this.jdbc.sql("""
					insert into mail_attachment (outbox_id, sort_order, filename, content_type, content)
					values (:id, :order, :filename, :contentType, :content)""")
				.param("id", id)
				.param("order", order++)
				.param("filename", attachment.filename())
				.param("contentType", attachment.contentType())
				.param("content", attachment.content())
				.update();
		}
	}

	/**
	 * The number of pending deferred mails of a writer (unwritten: a written mail has no writer any more).
	 */
	int countQueued(String writer) {
		return this.jdbc.sql("select count(*) from mail_outbox where status = 'PENDING' and writer = :writer")
			.param("writer", writer)
			.query(Integer.class)
			.single();
	}

	/**
	 * The number of mails to the address queued since the given moment.
	 */
	int countSince(String to, Instant since) {
		return this.jdbc.sql("select count(*) from mail_outbox where to_address = :to and created_at >= :since")
			.param("to", to)
			.param("since", timestamp(since))
			.query(Integer.class)
			.single();
	}

	/**
	 * The number of mails to each of the addresses queued since the given moment (addresses without any are
	 * left out), in one query.
	 */
	Map<String, Integer> countsSince(Collection<String> to, Instant since) {
		Map<String, Integer> counts = new HashMap<>();
		if (to.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("select to_address, count(*) from mail_outbox where to_address in (:to) and created_at >= :since "
				+ "group by to_address")
			.param("to", to)
			.param("since", timestamp(since))
			.query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2)))
			.list();
		return counts;
	}

	/**
	 * Stores mails to be written when they are sent, in one batch; a mail whose reference is already there
	 * is skipped.
	 */
	void addDeferred(List<DeferredMail> deferred, Instant now) {
		if (deferred.isEmpty()) {
			return;
		}
		OffsetDateTime at = timestamp(now);
		this.batch.batchUpdate("""
				insert into mail_outbox (created_at, to_address, writer, payload, status, attempts, next_attempt_at,
				    reference, locale, message_id, event_id)
				values (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?)
				on conflict do nothing""", deferred, deferred.size(), (ps, mail) -> {
			ps.setObject(1, at);
			ps.setString(2, mail.to());
			ps.setString(3, mail.writer());
			ps.setString(4, mail.payload());
			ps.setObject(5, at);
			ps.setString(6, mail.reference());
			ps.setString(7, (mail.locale() != null) ? mail.locale().toLanguageTag() : null);
			ps.setString(8, newMessageId());
			ps.setObject(9, mail.eventId(), java.sql.Types.BIGINT);
		});
	}

	/**
	 * Stores the content a writer wrote for a deferred mail this instance holds the claim of, so that
	 * later attempts send the same mail; false if the claim was lost in the meantime.
	 */
	boolean written(long id, String instance, OutgoingMail mail) {
		int rows = this.jdbc.sql("""
				update mail_outbox set to_address = :to, to_name = :toName, subject = :subject, text_body = :text,
				    html_body = :html, locale = coalesce(:locale, locale), writer = null, payload = null,
				    from_name = :fromName, reply_to = :replyTo, headers = :headers
				where id = :id and status = 'SENDING' and claimed_by = :instance""")
			.param("headers", MailHeaders.encode(mail.headers()))
			.param("fromName", mail.fromName())
			.param("replyTo", mail.replyTo())
			.param("to", mail.to())
			.param("toName", mail.toName())
			.param("subject", mail.subject())
			.param("text", mail.text())
			.param("html", mail.html())
			.param("locale", (mail.locale() != null) ? mail.locale().toLanguageTag() : null)
			.param("id", id)
			.param("instance", instance)
			.update();
		if (rows == 0) {
			return false;
		}
		addAttachments(id, mail.attachments());
		return true;
	}

	/**
	 * Removes a claimed deferred mail whose writer found nothing to send any more.
	 */
	boolean discard(long id, String instance) {
		return this.jdbc.sql("delete from mail_outbox where id = :id and status = 'SENDING' and claimed_by = :instance")
			.param("id", id)
			.param("instance", instance)
			.update() == 1;
	}

	/**
	 * Claims up to {@code limit} due mails for {@code instance} until {@code until}; call inside a
	 * transaction. {@code for update skip locked} keeps instances from waiting on each other's candidates
	 * (H2 2.4 supports it, but applies the limit before skipping, so there a busy instance may find nothing
	 * until the other commits its short claim). The conditional update per row re-checks that the mail is
	 * still due, so a mail is never claimed twice, whatever the database's locking does.
	 */
	List<Long> claim(String instance, Instant now, Instant until, int limit) {
		List<Long> candidates = this.jdbc
			.sql("select id from mail_outbox where " + DUE
					+ " order by next_attempt_at, id limit :limit for update skip locked")
			.param("now", timestamp(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
		List<Long> claimed = new ArrayList<>();
		for (Long id : candidates) {
			int rows = this.jdbc.sql("update mail_outbox set status = 'SENDING', claimed_by = :instance,"
					+ " claimed_until = :until where id = :id and " + DUE)
				.param("instance", instance)
				.param("until", timestamp(until))
				.param("id", id)
				.param("now", timestamp(now))
				.update();
			if (rows == 1) {
				claimed.add(id);
			}
		}
		return claimed;
	}

	List<QueuedMail> load(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Attachment>> attachments = new HashMap<>();
		this.jdbc.sql("select outbox_id, filename, content_type, content from mail_attachment"
				+ " where outbox_id in (:ids) order by outbox_id, sort_order")
			.param("ids", ids)
			.query((rs, n) -> attachments.computeIfAbsent(rs.getLong("outbox_id"), k -> new ArrayList<>())
				.add(new Attachment(rs.getString("filename"), rs.getString("content_type"), rs.getBytes("content"))))
			.list();
		return this.jdbc.sql("select * from mail_outbox where id in (:ids) order by next_attempt_at, id")
			.param("ids", ids)
			.query((rs, n) -> queuedMail(rs, attachments.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	/**
	 * Extends this instance's claim on these mails (those it still holds) until {@code until}: the heartbeat
	 * of a sender that is still at work, so that only the claims of an instance that died run out.
	 */
	int renew(Collection<Long> ids, String instance, Instant until) {
		if (ids.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("update mail_outbox set claimed_until = :until where id in (:ids) and status = 'SENDING'"
				+ " and claimed_by = :instance")
			.param("until", timestamp(until))
			.param("ids", ids)
			.param("instance", instance)
			.update();
	}

	/**
	 * Hands back this instance's claims on these mails (those it still holds): they are due again at once, for
	 * any instance, without waiting for the lease to run out. A stopping sender calls it for what it did not
	 * send.
	 */
	int release(Collection<Long> ids, String instance) {
		if (ids.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("update mail_outbox set status = 'PENDING', claimed_by = null, claimed_until = null"
				+ " where id in (:ids) and status = 'SENDING' and claimed_by = :instance")
			.param("ids", ids)
			.param("instance", instance)
			.update();
	}

	/**
	 * Hands back every claim this instance still holds; call only when it sends nothing any more.
	 */
	int releaseAll(String instance) {
		return this.jdbc.sql("update mail_outbox set status = 'PENDING', claimed_by = null, claimed_until = null"
				+ " where status = 'SENDING' and claimed_by = :instance")
			.param("instance", instance)
			.update();
	}

	/**
	 * Records a delivery; false if the claim was lost in the meantime.
	 */
	boolean markSent(long id, String instance, Instant now) {
		// A delivered mail keeps its envelope only: its body and calendar file held the personal link.
		boolean marked = this.jdbc.sql("update mail_outbox set status = 'SENT', sent_at = :now, claimed_by = null,"
				+ " claimed_until = null, text_body = '', html_body = null, payload = null"
				+ " where id = :id and status = 'SENDING' and claimed_by = :instance")
			.param("now", timestamp(now))
			.param("id", id)
			.param("instance", instance)
			.update() == 1;
		if (marked) {
			this.jdbc.sql("delete from mail_attachment where outbox_id = :id").param("id", id).update();
		}
		return marked;
	}

	/**
	 * Records a failed attempt: the mail waits for {@code nextAttemptAt}, or is given up ({@code DEAD}).
	 */
	boolean markFailed(long id, String instance, int attempts, MailStatus status, Instant nextAttemptAt,
			String error) {
		return this.jdbc.sql("update mail_outbox set status = :status, attempts = :attempts,"
				+ " next_attempt_at = :next, last_error = :error, claimed_by = null, claimed_until = null"
				+ " where id = :id and status = 'SENDING' and claimed_by = :instance")
			.param("status", status.name())
			.param("attempts", attempts)
			.param("next", timestamp(nextAttemptAt))
			.param("error", error)
			.param("id", id)
			.param("instance", instance)
			.update() == 1;
	}

	/**
	 * Deletes the mails given up before the given time, with their content.
	 */
	int deleteDeadBefore(Instant before) {
		return this.jdbc.sql("delete from mail_outbox where status = 'DEAD' and next_attempt_at < :before")
			.param("before", timestamp(before))
			.update();
	}

	int deleteSentBefore(Instant before) {
		return this.jdbc.sql("delete from mail_outbox where status = 'SENT' and sent_at < :before")
			.param("before", timestamp(before))
			.update();
	}

	static OffsetDateTime timestamp(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static QueuedMail queuedMail(ResultSet rs, List<Attachment> attachments) throws SQLException {
		return new QueuedMail(rs.getLong("id"), rs.getString("to_address"), rs.getString("to_name"),
				rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"), attachments,
				rs.getInt("attempts"), rs.getString("locale"), rs.getString("writer"), rs.getString("payload"),
				rs.getString("from_name"), rs.getString("reply_to"), rs.getString("message_id"),
				rs.getString("headers"));
	}

}
