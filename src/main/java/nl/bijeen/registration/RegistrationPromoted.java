package nl.bijeen.registration;

/**
 * Published when someone moves up from a waiting list: to a place at the event ({@code sessionId} null),
 * possibly as an offer to accept before a deadline ({@code offer}), or to a place in a session.
 */
public record RegistrationPromoted(Long registrationId, Long eventId, Long sessionId, boolean offer) {

}
