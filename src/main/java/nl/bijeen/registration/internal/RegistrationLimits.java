package nl.bijeen.registration.internal;

/**
 * How many items a registration can sensibly hold; a request with more is refused before it is looked at.
 */
public final class RegistrationLimits {

	/** Most rounds of parallel sessions (choices, second choices) per registration. */
	public static final int ROUNDS = 50;

	/** Most questions answered per registration. */
	public static final int QUESTIONS = 100;

	/** Most options chosen in the answer to one question. */
	public static final int OPTIONS = 100;

	private RegistrationLimits() {
	}

}
