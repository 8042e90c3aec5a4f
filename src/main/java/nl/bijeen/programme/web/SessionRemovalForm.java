package nl.bijeen.programme.web;

/**
 * What happens to the people who chose a session that is deleted: {@link #MOVE} them to another session of
 * the round ({@code moveTo}) or {@link #RELEASE} their choice.
 */
public class SessionRemovalForm {

	static final String MOVE = "move";

	static final String RELEASE = "release";

	private String choice;

	private Long moveTo;

	public String getChoice() {
		return this.choice;
	}

	public void setChoice(String choice) {
		this.choice = choice;
	}

	public Long getMoveTo() {
		return this.moveTo;
	}

	public void setMoveTo(Long moveTo) {
		this.moveTo = moveTo;
	}

}
