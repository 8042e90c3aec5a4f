package nl.bijeen.registration;

/**
 * Published when someone registers again with an address that is already registered: the personal link
 * is sent again (by mail only, so the form reveals nothing about who is registered).
 */
public record RegistrationLinkRequested(Long registrationId, Long eventId) {

}
