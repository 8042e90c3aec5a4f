package nl.bijeen.registration.internal;

/**
 * One thing wrong with a registration: on a field (a form field path such as {@code email} or
 * {@code choices[12]}) or, with a {@code null} field, on the registration as a whole. The code is a
 * message key in the registration bundle.
 */
public record Problem(String field, String code, Object... args) {

	public static Problem global(String code, Object... args) {
		return new Problem(null, code, args);
	}

}
