package nl.bijeen.mail;

/**
 * Where a mail in the outbox is: waiting ({@code PENDING}, also after a failed attempt), being sent by an
 * instance that claimed it ({@code SENDING}), delivered to the mail server ({@code SENT}), or given up after
 * too many failed attempts ({@code DEAD}) until an organiser retries it.
 */
enum MailStatus {

	PENDING, SENDING, SENT, DEAD

}
