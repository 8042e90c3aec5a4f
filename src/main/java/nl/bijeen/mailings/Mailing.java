package nl.bijeen.mailings;

import java.time.LocalDateTime;

/**
 * A mail to participants of an event, and its record once sent.
 *
 * @param sessionTitle the session's title when the audience is one session (kept when the session goes)
 * @param createdBy the username of the organiser who wrote it
 * @param sentBy the username of the organiser who sent it ({@code null} while a draft)
 * @param sentAt when sending began ({@code null} while a draft)
 * @param queuedUpTo the registration id up to which mails are queued (keyset cursor)
 * @param recipients how many mails were queued
 * @param delivered how many the outbox delivered, as last seen
 * @param failed how many the outbox gave up, as last seen
 */
record Mailing(Long id, Long eventId, String subject, String body, Audience audience, Long sessionId,
		String sessionTitle, MailingStatus status, String createdBy, LocalDateTime createdAt, String sentBy,
		LocalDateTime sentAt, long queuedUpTo, int recipients, int delivered, int failed) {

	public boolean draft() {
		return this.status == MailingStatus.DRAFT;
	}

	/** The outbox reference prefix of this mailing's mails. */
	String referencePrefix() {
		return "mailing:" + this.id + ":";
	}

}
