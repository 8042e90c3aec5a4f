/**
 * Attendance on the event day (issue 12): check-in codes, check-in at the door from several devices at once,
 * the arrivals counter and the list of who has not arrived, and the QR code of the check-in code.
 * <p>
 * Decisions worth knowing:
 * <ul>
 * <li>A check-in code is random (60 bits, Crockford base 32), stored and unique, and issued the first time it
 * is shown (personal page, check-in list, API). It is not the personal link token and opens nothing: it only
 * identifies a participant to an organiser at the door.</li>
 * <li>One check-in per registration: the primary key of {@code check_in} decides; a second scan, on any device,
 * finds the first check-in and answers with its time.</li>
 * <li>Only participants with a place (CONFIRMED) can be checked in; the registration module tells who they are
 * ({@link nl.bijeen.registration.Attendees}).</li>
 * <li>Attendance per workshop ({@link SessionCheckIns}, table {@code session_attendance}) works the same way, with
 * its own primary key (registration, session); only those with a confirmed place in the session can be checked in
 * to it. Other modules read it through {@link SessionsAttended}.</li>
 * <li>Answers to questions the organiser marked "show at check-in" come from the registration module's read model
 * {@link nl.bijeen.registration.CheckInAnswers}.</li>
 * <li>Walk-ins ({@link WalkInCheckIns}) are registered through the registration module's normal path
 * ({@link nl.bijeen.registration.WalkIns}): a confirmed place or a clear "full", never the waiting list.</li>
 * <li>The counter and the not-arrived list refresh by htmx polling of {@code /check-in/live}; those refreshes are
 * not audited again (opening the screen is).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attendance")
package nl.bijeen.attendance;
