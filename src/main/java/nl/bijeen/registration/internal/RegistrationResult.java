package nl.bijeen.registration.internal;

/**
 * What became of a registration request. The token is only present when a new personal link was issued;
 * callers must never show it (it is mailed), except to the participant's own calendar and tests.
 */
public record RegistrationResult(Kind kind, Long registrationId, RegistrationStatus status, String token) {

	/**
	 * New (or made active again), already registered (link sent again), a repeat of the same request, or
	 * refused for lack of places (told by mail; nothing stored, no registration id).
	 */
	public enum Kind {

		NEW, EXISTING, REPEAT, REFUSED

	}

}
