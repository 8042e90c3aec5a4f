package nl.bijeen.mail;

import java.util.Optional;

/**
 * Writes the content of {@link DeferredMail deferred mails} when the outbox sends them. A module that
 * queues deferred mails provides one as a bean. It runs in the sender's thread, outside any transaction.
 */
public interface MailWriter {

	/**
	 * The name under which deferred mails ask for this writer; unique among writers.
	 */
	String name();

	/**
	 * Writes the mail.
	 * @param payload the payload the mail was queued with
	 * @return the mail to send, or empty when there is nothing to send any more (e.g. the person's data
	 * was erased in the meantime): the mail is then removed from the outbox
	 */
	Optional<OutgoingMail> write(String payload);

}
