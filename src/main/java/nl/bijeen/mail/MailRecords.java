package nl.bijeen.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the outbox holds about a person, for the privacy module and for erasure: the mails to an address
 * (envelope only), and deleting the mails of a registration or of an address (about some events, or all) at
 * once, whatever their status.
 */
@Service
public class MailRecords {

	private final JdbcClient jdbc;

	MailRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The mails in the outbox to this address (any case), newest first: their subject (empty while a deferred
	 * mail is not yet written), status and times. Sent mails keep no body.
	 */
	public List<MailRecord> to(String address) {
		return this.jdbc.sql("""
				select subject, status, created_at, sent_at from mail_outbox where lower(to_address) = lower(:to)
				order by created_at desc, id desc""")
			.param("to", address)
			.query((rs, row) -> new MailRecord(rs.getString("subject"), rs.getString("status"),
					OutboxMails.instant(rs, "created_at"), OutboxMails.instant(rs, "sent_at")))
			.list();
	}

	/**
	 * How many mails whose reference starts with the prefix (e.g. {@code mailing:12:}) the outbox holds per status
	 * (PENDING, SENDING, SENT, DEAD; a status without mails is left out), for a module that follows the mails it
	 * queued. Sent mails are removed after the outbox's retention, so the counts shrink after that.
	 */
	public java.util.Map<String, Integer> statusesOf(String prefix) {
		String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
		this.jdbc.sql("select status, count(*) from mail_outbox where reference like :pattern escape '\\' group by status")
			.param("pattern", pattern)
			.query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2)))
			.list();
		return counts;
	}

	/**
	 * Deletes every mail whose reference starts with the prefix (e.g. {@code registration:12:}), with its
	 * attachments; must be called inside the caller's transaction if it is to roll back with it.
	 * @return how many mails were deleted
	 */
	public int forgetReferences(String prefix) {
		String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc.sql("delete from mail_outbox where reference like :pattern escape '\\'")
			.param("pattern", pattern)
			.update();
	}

	/**
	 * Deletes every mail to this address (any case), with its attachments.
	 * @return how many mails were deleted
	 */
	public int forgetAddress(String address) {
		return this.jdbc.sql("delete from mail_outbox where lower(to_address) = lower(:to)")
			.param("to", address)
			.update();
	}

	/**
	 * Deletes every mail to this address (any case) about one of the given events, with its attachments; mails
	 * about other events, or about none, stay.
	 * @return how many mails were deleted
	 */
	public int forgetAddress(String address, Collection<Long> eventIds) {
		if (eventIds.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("delete from mail_outbox where lower(to_address) = lower(:to) and event_id in (:events)")
			.param("to", address)
			.param("events", List.copyOf(eventIds))
			.update();
	}

	/**
	 * One mail to a person, without its content.
	 *
	 * @param subject the subject, {@code null} while the mail is not written yet
	 * @param status PENDING, SENDING, SENT or DEAD
	 * @param sentAt when it was delivered, {@code null} if not (yet)
	 */
	public record MailRecord(String subject, String status, Instant createdAt, Instant sentAt) {

	}

}
