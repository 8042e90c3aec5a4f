package nl.bijeen.events;

import java.util.List;

/**
 * The details of an event break one or more rules; nothing was stored. A 400 answer on the API, field
 * messages on the admin form.
 */
public class InvalidEventException extends RuntimeException {

	private final List<FieldViolation> violations;

	public InvalidEventException(List<FieldViolation> violations) {
		super("Invalid event: " + violations);
		this.violations = List.copyOf(violations);
	}

	public static InvalidEventException of(String field, String code) {
		return new InvalidEventException(List.of(new FieldViolation(field, code)));
	}

	public List<FieldViolation> getViolations() {
		return this.violations;
	}

}
