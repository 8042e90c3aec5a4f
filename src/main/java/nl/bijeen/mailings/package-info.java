/**
 * Mail to participants (issue 12): organisers write to the participants of an event — everyone with a place, the
 * participants of one session, the waiting list, those present or those absent — preview it and send a test to
 * themselves, then send it once through the outbox in the name of the organising organisation; the event keeps a
 * record of what was sent to how many, and what the outbox delivered.
 * <p>
 * Decisions worth knowing:
 * <ul>
 * <li>Recipients are resolved when the mailing is sent, not when it is written, and never include cancelled,
 * refused or erased registrations ({@link nl.bijeen.registration.MailingRecipients}); the writer reads each
 * registration again when it writes the mail and drops the mail of one cancelled in the meantime.</li>
 * <li>Sending happens once: a conditional update turns a DRAFT into SENDING (a second click or instance finds no
 * draft); the mails are then queued a batch at a time in registration id order (keyset), each batch in one
 * transaction with the mailing's cursor while its row is locked, each mail with the outbox reference
 * {@code mailing:<mailing>:<registration>}. A send interrupted by a crash is resumed by {@code MailingJobs}.</li>
 * <li>The organiser's Markdown is rendered and sanitised ({@link nl.bijeen.common.RichText}); {@code {naam}} becomes
 * the recipient's name (escaped); the fixed parts (why you get this, the personal link, replying) are in the
 * recipient's language.</li>
 * <li>No list of recipients is stored: the record keeps the organiser's text, the audience and the counts; the
 * mails are the outbox's, with its retention.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mailings")
package nl.bijeen.mailings;
