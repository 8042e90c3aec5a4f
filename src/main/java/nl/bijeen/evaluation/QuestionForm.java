package nl.bijeen.evaluation;

/**
 * The organiser's form for one question: its type, text, whether an answer is required, for a choice the options
 * (one per line) and whether several may be chosen, for an open question the longest answer.
 */
public class QuestionForm {

	private QuestionKind kind = QuestionKind.RATING;

	private String text;

	private boolean required;

	private boolean multiple;

	private String options;

	private Integer maxLength;

	public QuestionForm() {
	}

	QuestionForm(QuestionKind kind, String text, boolean required, boolean multiple, String options,
			Integer maxLength) {
		this.kind = kind;
		this.text = text;
		this.required = required;
		this.multiple = multiple;
		this.options = options;
		this.maxLength = maxLength;
	}

	static QuestionForm of(Question q) {
		return new QuestionForm(q.kind(), q.text(), q.required(), q.multiple(), String.join("\n", q.options()),
				q.maxLength());
	}

	public QuestionKind getKind() {
		return this.kind;
	}

	public void setKind(QuestionKind kind) {
		this.kind = kind;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public boolean isRequired() {
		return this.required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public boolean isMultiple() {
		return this.multiple;
	}

	public void setMultiple(boolean multiple) {
		this.multiple = multiple;
	}

	public String getOptions() {
		return this.options;
	}

	public void setOptions(String options) {
		this.options = options;
	}

	public Integer getMaxLength() {
		return this.maxLength;
	}

	public void setMaxLength(Integer maxLength) {
		this.maxLength = maxLength;
	}

}
