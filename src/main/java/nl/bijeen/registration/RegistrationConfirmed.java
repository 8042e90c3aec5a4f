package nl.bijeen.registration;

/**
 * Published in the registration's transaction when someone has a place.
 *
 * @param registrationId the registration
 * @param eventId the event
 * @param email the participant's address (lower case)
 * @param name the participant's name
 * @param locale the participant's language tag (nl, en)
 * @param newsletterOptIn whether the participant asked for the newsletter
 */
public record RegistrationConfirmed(Long registrationId, Long eventId, String email, String name, String locale,
		boolean newsletterOptIn) {

}
