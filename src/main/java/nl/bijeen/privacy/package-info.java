/**
 * Privacy by design (AVG, issue 10): the retention period after which registrations are pseudonymised
 * ({@link nl.bijeen.privacy.Retention}), the participant's download and erasure of their data through the
 * personal link, the organiser's erasure on request with a record of it, the facts the privacy statement is
 * generated from, and the processing register (verwerkingsregister).
 * <p>
 * It asks registration ({@link nl.bijeen.registration.PersonalData}) to export, erase and pseudonymise, the mail
 * module ({@link nl.bijeen.mail.MailRecords}) for the mails to a person, and people for the retention period an
 * organisation chose.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package nl.bijeen.privacy;
