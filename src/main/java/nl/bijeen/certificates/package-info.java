/**
 * Certificates of attendance and accreditation (issue 12): a certificate as PDF for every participant who was
 * present (checked in), with a verification code and its public page {@code /certificaat/{code}} (and a QR code to
 * it on the PDF), downloadable from the personal link and mailed after the event through the outbox; and the
 * presence list per register in the form PE-online imports.
 * <p>
 * Decisions worth knowing:
 * <ul>
 * <li>Present means checked in at the door ({@link nl.bijeen.attendance.Presence}). A certificate names the
 * workshops the participant was checked in to where the event's workshops had their own check-in, otherwise the
 * workshops a present participant held a place in ({@code AttendedSessions}).</li>
 * <li>A certificate's code is random (100 bits, Crockford base 32), stored and unique, issued the first time the
 * certificate is made; the public page confirms name, event, date and points, nothing more.</li>
 * <li>Mailing is claimed per participant with a conditional update of {@code certificate.mailed_at} in the
 * transaction that queues the mail (and the outbox's unique reference), so a certificate is mailed once whatever
 * the number of clicks or instances. The PDF is written by the outbox's sender ({@link nl.bijeen.mail.MailWriter}),
 * not during the organiser's request.</li>
 * <li>The registers (name, PE-online prefix, number format) and the points per event are the registration module's
 * ({@link nl.bijeen.registration.AccreditationRegisters}); it also checks numbers when they are entered.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certificates")
package nl.bijeen.certificates;
