package nl.bijeen.registration.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An event's own question on the registration form, e.g. dietary wishes.
 *
 * @param options the options of a choice question, one per line
 * @param showAtCheckIn whether the check-in screen shows the answers (accessibility needs, dietary wishes)
 */
@Table("registration_question")
public record RegistrationQuestion(@Id Long id, Long eventId, QuestionKind kind, String text, boolean required,
		String options, int position, boolean showAtCheckIn, @Version Integer version) {

	public static RegistrationQuestion create(Long eventId, QuestionKind kind, String text, boolean required,
			List<String> options, int position) {
		return create(eventId, kind, text, required, options, position, false);
	}

	public static RegistrationQuestion create(Long eventId, QuestionKind kind, String text, boolean required,
			List<String> options, int position, boolean showAtCheckIn) {
		String joined = options == null ? null : String.join("\n", options);
		return new RegistrationQuestion(null, eventId, kind, text, required, joined, position, showAtCheckIn, null);
	}

	public List<String> optionList() {
		if (this.options == null || this.options.isBlank()) {
			return List.of();
		}
		return Arrays.stream(this.options.split("\\R")).map(String::strip).filter(o -> !o.isEmpty()).toList();
	}

}
