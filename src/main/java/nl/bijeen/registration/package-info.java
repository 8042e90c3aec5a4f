/**
 * Registration for events: the form with workshop choice, the personal link, waiting lists and the
 * mails. Places are counted in the database ({@code seat_counter}) and only taken by conditional updates
 * in the same transaction as the registration, so an event or session can never be overbooked.
 * <p>
 * Other modules may listen to the public event records of this package ({@link RegistrationConfirmed},
 * {@link RegistrationWaitlisted}, {@link RegistrationCancelled}, {@link RegistrationPromoted},
 * {@link RegistrationChanged}) and ask {@link Availability} for the places left.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registration")
package nl.bijeen.registration;
