package nl.bijeen.registration.admin;

import java.util.List;

import nl.bijeen.registration.internal.QuestionKind;
import nl.bijeen.registration.internal.RegistrationQuestion;

import org.springframework.validation.Errors;

/**
 * The organiser's form to add or change one of the event's own questions.
 */
public class QuestionForm {

	private QuestionKind kind = QuestionKind.TEXT;

	private String text;

	private boolean required;

	/** The options, one per line (choice questions only). */
	private String options;

	private int position;

	/** Whether the check-in screen shows the answers to this question. */
	private boolean showAtCheckIn;

	/** The version of the question being changed; {@code null} for a new question. */
	private Integer version;

	/**
	 * The form filled in with a stored question, to change it.
	 */
	static QuestionForm of(RegistrationQuestion question) {
		QuestionForm form = new QuestionForm();
		form.kind = question.kind();
		form.text = question.text();
		form.required = question.required();
		form.options = question.options();
		form.position = question.position();
		form.showAtCheckIn = question.showAtCheckIn();
		form.version = question.version();
		return form;
	}

	void validate(Errors errors) {
		if (this.kind == null) {
			errors.rejectValue("kind", "registration.error.required");
		}
		if (this.text == null || this.text.isBlank()) {
			errors.rejectValue("text", "registration.error.required");
		}
		else if (this.text.length() > 300) {
			errors.rejectValue("text", "registration.error.tooLong", new Object[] { 300 }, null);
		}
		if (this.options != null && this.options.length() > 2000) {
			errors.rejectValue("options", "registration.error.tooLong", new Object[] { 2000 }, null);
		}
		if (this.kind != null && this.kind.hasOptions() && optionList().size() < 2) {
			errors.rejectValue("options", "registration.settings.error.options");
		}
	}

	RegistrationQuestion toQuestion(Long eventId) {
		return RegistrationQuestion.create(eventId, this.kind, this.text.strip(), this.required,
				this.kind.hasOptions() ? optionList() : null, this.position, this.showAtCheckIn);
	}

	/**
	 * The stored question changed as filled in: same id and event, so the answers given stay attached.
	 */
	RegistrationQuestion applyTo(RegistrationQuestion stored) {
		RegistrationQuestion changed = toQuestion(stored.eventId());
		return new RegistrationQuestion(stored.id(), stored.eventId(), changed.kind(), changed.text(),
				changed.required(), changed.options(), changed.position(), changed.showAtCheckIn(), this.version);
	}

	private List<String> optionList() {
		return this.options == null ? List.of()
				: this.options.lines().map(String::strip).filter(o -> !o.isEmpty()).distinct().toList();
	}

	public QuestionKind getKind() { return this.kind; }
	public void setKind(QuestionKind kind) { this.kind = kind; }
	public String getText() { return this.text; }
	public void setText(String text) { this.text = text; }
	public boolean isRequired() { return this.required; }
	public void setRequired(boolean required) { this.required = required; }
	public String getOptions() { return this.options; }
	public void setOptions(String options) { this.options = options; }
	public int getPosition() { return this.position; }
	public void setPosition(int position) { this.position = position; }
	public boolean isShowAtCheckIn() { return this.showAtCheckIn; }
	public void setShowAtCheckIn(boolean showAtCheckIn) { this.showAtCheckIn = showAtCheckIn; }
	public Integer getVersion() { return this.version; }
	public void setVersion(Integer version) { this.version = version; }

}
