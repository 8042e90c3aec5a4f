package nl.bijeen.mailings;

import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a mailing that was sent already to an event's record, for demo content: the record only, with the counts
 * given; no mail is queued.
 */
@Component
public class MailingSeeds {

	private final Mailings mailings;

	private final JdbcClient jdbc;

	MailingSeeds(Mailings mailings, JdbcClient jdbc) {
		this.mailings = mailings;
		this.jdbc = jdbc;
	}

	/**
	 * Records a mailing to everyone with a place ({@code present}: to those present) as sent at the given time to
	 * {@code recipients} people, of whose mails {@code delivered} were delivered and {@code failed} given up.
	 * @return its id
	 */
	@Transactional
	public long sent(long eventId, String subject, String body, boolean present, String by, LocalDateTime sentAt,
			int recipients, int delivered, int failed) {
		Audience audience = present ? Audience.PRESENT : Audience.PLACE;
		long id = this.mailings.create(eventId, subject, body, audience, null, null, by, sentAt.minusMinutes(30));
		this.jdbc.sql("update mailing set status = 'SENT', sent_by = ?, sent_at = ?, recipients = ?, delivered = ?,"
				+ " failed = ? where id = ?")
			.params(by, sentAt, recipients, delivered, failed, id)
			.update();
		return id;
	}

}
