/**
 * Mail that is never lost: a durable outbox in the database and a background sender.
 * <p>
 * Other modules call {@link nl.bijeen.mail.Outbox#enqueue(OutgoingMail)} inside their own transaction; the
 * mail is stored exactly when their change commits and delivered later, with retries and back-off, by
 * whichever bijeen instance claims it first. Organisers follow and retry mails at {@code /admin/mail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = { "common", "rights" })
package nl.bijeen.mail;
