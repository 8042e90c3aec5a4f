package nl.bijeen.programme;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems found while checking a change.
 */
final class Problems {

	private final List<ProgrammeProblem> found = new ArrayList<>();

	Problems reject(String field, String code, Object... args) {
		this.found.add(ProgrammeProblem.of(field, code, args));
		return this;
	}

	Problems required(String field, Object value) {
		if (value == null) {
			reject(field, "programme.required");
		}
		return this;
	}

	Problems text(String field, String value, int max, boolean required) {
		if (required && value == null) {
			reject(field, "programme.required");
		}
		else if (value != null && value.length() > max) {
			reject(field, "programme.tooLong", max, value.length());
		}
		return this;
	}

	boolean has(String field) {
		return this.found.stream().anyMatch(p -> field.equals(p.field()));
	}

	List<ProgrammeProblem> list() {
		return List.copyOf(this.found);
	}

	void throwIfAny() {
		if (!this.found.isEmpty()) {
			throw new InvalidProgrammeException(this.found);
		}
	}

}
