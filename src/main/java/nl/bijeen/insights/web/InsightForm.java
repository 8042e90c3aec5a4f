package nl.bijeen.insights.web;

/**
 * The share form: the insight, the session it is about (empty: the event as a whole) and an optional name.
 */
public class InsightForm {

	private String text;

	private String authorName;

	private Long sessie;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public void setAuthorName(String authorName) {
		this.authorName = authorName;
	}

	public Long getSessie() {
		return this.sessie;
	}

	public void setSessie(Long sessie) {
		this.sessie = sessie;
	}

}
