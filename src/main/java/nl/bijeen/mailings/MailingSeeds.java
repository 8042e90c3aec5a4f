package nl.bijeen.mailings;

import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a mailing that was sent already to an event's record, for demo content: the record only, its recipients counted
 * as the audience holds them now, all delivered; no mail is queued.
 */
@Component
public class MailingSeeds {

	private final Mailings mailings;

	private final MailingAudiences audiences;

	private final JdbcClient jdbc;

	MailingSeeds(Mailings mailings, MailingAudiences audiences, JdbcClient jdbc) {
		this.mailings = mailings;
		this.audiences = audiences;
		this.jdbc = jdbc;
	}

	/**
	 * Records a mailing to everyone with a place ({@code present}: to those present) as sent at the given time.
	 * @return its id
	 */
	@Transactional
	public long sent(long eventId, String subject, String body, boolean present, String by, LocalDateTime sentAt) {
		Audience audience = present ? Audience.PRESENT : Audience.PLACE;
		int recipients = this.audiences.count(eventId, audience, null);
		long id = this.mailings.create(eventId, subject, body, audience, null, null, by, sentAt.minusMinutes(30));
		this.jdbc.sql("update mailing set status = 'SENT', sent_by = ?, sent_at = ?, recipients = ?, delivered = ?,"
				+ " failed = ? where id = ?")
			.params(by, sentAt, recipients, recipients, 0, id)
			.update();
		return id;
	}

}
