package nl.bijeen.registration;

import java.util.List;

/**
 * What became of a walk-in registered at the check-in.
 *
 * @param registrationId the registration (also when the address was already registered)
 * @param problems for {@link Outcome#INVALID}: the fields and message keys (registration bundle)
 */
public record WalkIn(Outcome outcome, Long registrationId, List<FieldProblem> problems) {

	/**
	 * Registered with a place now; already registered with a place; already registered without one (waiting,
	 * awaiting approval); no place left; registration impossible (event cancelled or postponed); badly filled in.
	 */
	public enum Outcome {

		REGISTERED, ALREADY_PLACED, ALREADY_WITHOUT_PLACE, FULL, CLOSED, INVALID

	}

	/** One thing wrong with the form: the field ({@code null} for the whole) and the message key. */
	public record FieldProblem(String field, String code) {

	}

	static WalkIn of(Outcome outcome, Long registrationId) {
		return new WalkIn(outcome, registrationId, List.of());
	}

}
