package nl.bijeen.registration;

/**
 * Published in the transaction that removes a registration's personal data (erasure on request, or the end of its
 * retention period), so that other modules forget what they keep about the participant.
 */
public record RegistrationPseudonymised(Long registrationId, Long eventId) {

}
