package nl.bijeen.mail;

import java.util.List;

/**
 * A mail claimed from the outbox for sending.
 */
record QueuedMail(long id, String to, String toName, String subject, String text, String html,
		List<Attachment> attachments, int attempts, String locale) {

}
