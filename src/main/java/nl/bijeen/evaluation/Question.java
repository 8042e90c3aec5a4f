package nl.bijeen.evaluation;

import java.util.List;

/**
 * A question of an evaluation form.
 *
 * @param position its place on the form (ascending)
 * @param multiple for a choice: whether several options may be chosen
 * @param options for a choice: the options in order (empty otherwise)
 * @param maxLength for an open question: the longest answer in characters (null otherwise)
 */
record Question(Long id, Long formId, int position, QuestionKind kind, String text, boolean required,
		boolean multiple, List<String> options, Integer maxLength) {

	Question {
		options = (options == null) ? List.of() : List.copyOf(options);
	}

	/** The field name of this question on the participant's form. */
	public String field() {
		return "q" + this.id;
	}

	static List<String> options(String lines) {
		if (lines == null) {
			return List.of();
		}
		return lines.lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

}
