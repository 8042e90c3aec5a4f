package nl.bijeen.mail;

import java.util.List;

/**
 * A mail claimed from the outbox for sending. A deferred mail has a {@code writer} (and its payload) and no
 * content yet.
 */
record QueuedMail(long id, String to, String toName, String subject, String text, String html,
		List<Attachment> attachments, int attempts, String locale, String writer, String payload, String fromName,
		String replyTo) {

	QueuedMail(long id, String to, String toName, String subject, String text, String html,
			List<Attachment> attachments, int attempts, String locale, String writer, String payload) {
		this(id, to, toName, subject, text, html, attachments, attempts, locale, writer, payload, null, null);
	}

	boolean deferred() {
		return this.writer != null;
	}

	/**
	 * This mail with the content its writer wrote.
	 */
	QueuedMail with(OutgoingMail mail) {
		return new QueuedMail(this.id, mail.to(), mail.toName(), mail.subject(), mail.text(), mail.html(),
				mail.attachments(), this.attempts, (mail.locale() != null) ? mail.locale().toLanguageTag() : this.locale,
				null, null, mail.fromName(), mail.replyTo());
	}

}
