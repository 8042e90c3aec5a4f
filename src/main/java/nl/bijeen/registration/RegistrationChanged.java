package nl.bijeen.registration;

/**
 * Published when a participant changes a session choice, or an organiser approves a registration.
 */
public record RegistrationChanged(Long registrationId, Long eventId) {

}
