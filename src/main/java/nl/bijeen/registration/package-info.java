/**
 * Registration for events: the form with workshop choice, the personal link, waiting lists and the
 * mails. Places are counted in the database ({@code seat_counter}) and only taken by conditional updates
 * in the same transaction as the registration, so an event or session can never be overbooked.
 * <p>
 * Decisions worth knowing:
 * <ul>
 * <li>A registration awaiting approval and an offered place hold their place, so approving or accepting
 * can never overbook.</li>
 * <li>Somebody with a place at the event whose workshop is full waits for that workshop only (their
 * choice is WAITLISTED); a freed workshop place goes directly to the first of them. Offers (accept within
 * N hours) apply to places at the event.</li>
 * <li>The personal link token is shown nowhere but in mail; the form and the API answer the same neutral
 * way for new and known addresses. Registering again with a known address issues a new link and mails it;
 * so does moving up from the waiting list, and every other mail: each mail contains a personal link, and the
 * links issued earlier keep working ({@code registration_link}). The mails a registration request causes are
 * limited per recipient.</li>
 * <li>A capacity raised by an organiser goes to the people waiting before any newcomer.</li>
 * <li>Participants (with a place or waiting) are mailed about every change to their event or programme
 * ({@link nl.bijeen.events.EventMoved}, {@link nl.bijeen.events.EventCancelled},
 * {@link nl.bijeen.programme.PartRenamedOrMoved}, {@link nl.bijeen.programme.SessionRenamedOrMoved}),
 * handled with {@code @ApplicationModuleListener} so a failed handler is retried; other changes are told
 * the same way through {@link nl.bijeen.registration.mail.ChangeNotices}.</li>
 * </ul>
 * Other modules may listen to the public event records of this package ({@link RegistrationConfirmed},
 * {@link RegistrationWaitlisted}, {@link RegistrationPendingApproval}, {@link RegistrationCancelled},
 * {@link RegistrationPromoted}, {@link RegistrationChanged}, {@link RegistrationLinkRequested}) and ask
 * {@link Availability} for the places left. The privacy module exports, erases and pseudonymises personal data
 * through {@link PersonalData}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registration")
package nl.bijeen.registration;
