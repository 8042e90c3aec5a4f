package nl.bijeen.registration.internal;

/**
 * The request stopped waiting while its registration was being stored: it may be stored or not. The
 * outcome comes by mail when it is stored; sending the same request again (the same form token or
 * Idempotency-Key) finds it, or stores it then, never twice. Never to be answered as a failure.
 */
public class RegistrationOutcomeUnknown extends RuntimeException {

	public RegistrationOutcomeUnknown(String message) {
		super(message);
	}

}
