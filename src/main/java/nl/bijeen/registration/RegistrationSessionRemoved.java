package nl.bijeen.registration;

/**
 * A session this registration chose was removed from the programme: the participant was moved to another
 * session of the round (a place, or its waiting list) or their choice for the round was released. Published
 * synchronously in the transaction of the removal.
 *
 * @param registrationId the registration
 * @param eventId the event
 * @param roundId the round of the removed session
 * @param roundTitle the round's title
 * @param sessionTitle the removed session's title
 */
public record RegistrationSessionRemoved(long registrationId, long eventId, long roundId, String roundTitle,
		String sessionTitle) {

}
