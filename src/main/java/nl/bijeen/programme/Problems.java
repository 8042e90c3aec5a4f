package nl.bijeen.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.bijeen.common.TextRules;

/**
 * Collects the problems found while checking a change.
 */
final class Problems {

	/** The fields that may hold several lines; every other text field is a single line. */
	private static final Set<String> MULTI_LINE = Set.of("description");

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
		else if (value != null && MULTI_LINE.contains(field) && !TextRules.isMultiLine(value)) {
			reject(field, "validation.multiLine");
		}
		else if (value != null && !MULTI_LINE.contains(field) && !TextRules.isSingleLine(value)) {
			reject(field, "validation.singleLine");
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
