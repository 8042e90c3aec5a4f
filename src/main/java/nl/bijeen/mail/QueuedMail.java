package nl.bijeen.mail;

import java.util.List;

/**
 * A mail claimed from the outbox for sending. A deferred mail has a {@code writer} (and its payload) and no
 * content yet. The {@code messageId} is the mail's own, the same on every attempt; {@code headers} are its extra
 * header lines as stored ({@link MailHeaders}).
 */
record QueuedMail(long id, String to, String toName, String subject, String text, String html,
		List<Attachment> attachments, int attempts, String locale, String writer, String payload, String fromName,
		String replyTo, String messageId, String headers) {

	boolean deferred() {
		return this.writer != null;
	}

	/**
	 * This mail with the content its writer wrote.
	 */
	QueuedMail with(OutgoingMail mail) {
		return new QueuedMail(this.id, mail.to(), mail.toName(), mail.subject(), mail.text(), mail.html(),
				mail.attachments(), this.attempts, (mail.locale() != null) ? mail.locale().toLanguageTag() : this.locale,
				null, null, mail.fromName(), mail.replyTo(), this.messageId, MailHeaders.encode(mail.headers()));
	}

}
