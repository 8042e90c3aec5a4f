package nl.bijeen.registration;

/**
 * Published in the transaction that cancels a registration: by the participant, or because an offered
 * place was not accepted in time ({@code offerExpired}), or because the organiser rejected it.
 */
public record RegistrationCancelled(Long registrationId, Long eventId, String email, String locale,
		Reason reason) {

	/**
	 * Why the registration ended.
	 */
	public enum Reason {

		BY_PARTICIPANT, OFFER_EXPIRED, REJECTED

	}

}
