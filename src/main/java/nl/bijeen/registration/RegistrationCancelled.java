package nl.bijeen.registration;

/**
 * Published in the transaction that cancels a registration: by the participant, by the organiser, because
 * an offered place was not accepted in time, or because the organiser rejected it.
 */
public record RegistrationCancelled(Long registrationId, Long eventId, String email, String locale,
		Reason reason) {

	/**
	 * Why the registration ended.
	 */
	public enum Reason {

		BY_PARTICIPANT, BY_ORGANISER, OFFER_EXPIRED, REJECTED,

		/** The participant's data was erased on request: no mail goes to them about it. */
		ERASED

	}

}
