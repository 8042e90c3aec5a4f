package nl.bijeen.registration.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * Checks the answers to an event's own questions: required ones answered, choices among the options,
 * texts not too long.
 */
final class QuestionAnswers {

	static final int MAX_ANSWER = 1000;

	private QuestionAnswers() {
	}

	static Map<Long, String> validate(List<RegistrationQuestion> questions, Map<Long, List<String>> given,
			List<Problem> problems) {
		Map<Long, List<String>> raw = given == null ? Map.of() : given;
		Map<Long, String> answers = new LinkedHashMap<>();
		for (RegistrationQuestion question : questions) {
			String field = "answers[" + question.id() + "]";
			List<String> values = raw.getOrDefault(question.id(), List.of())
				.stream()
				.filter(v -> v != null && !v.isBlank())
				.map(String::strip)
				.toList();
			if (values.isEmpty()) {
				if (question.required()) {
					problems.add(new Problem(field, "registration.error.answer.required"));
				}
				continue;
			}
			if (!values.stream().allMatch(nl.bijeen.common.TextRules::isMultiLine)) {
				problems.add(new Problem(field, "registration.error.controlCharacters"));
				continue;
			}
			if (!valid(question, values)) {
				problems.add(new Problem(field, "registration.error.answer.invalid"));
				continue;
			}
			String answer = String.join("\n", values);
			if (answer.length() > MAX_ANSWER) {
				problems.add(new Problem(field, "registration.error.tooLong", MAX_ANSWER));
				continue;
			}
			answers.put(question.id(), answer);
		}
		return answers;
	}

	private static boolean valid(RegistrationQuestion question, List<String> values) {
		return switch (question.kind()) {
			case TEXT -> values.size() == 1;
			case YES_NO -> values.size() == 1 && List.of("yes", "no").contains(values.get(0));
			case SINGLE_CHOICE -> values.size() == 1 && question.optionList().contains(values.get(0));
			case MULTIPLE_CHOICE -> question.optionList().containsAll(values);
		};
	}

}
