package nl.bijeen.evaluation;

import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The organiser's settings of a form: anonymous or not, and the closing moment (empty: the default after the event).
 */
public class SettingsForm {

	private boolean anonymous;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime closesAt;

	public boolean isAnonymous() {
		return this.anonymous;
	}

	public void setAnonymous(boolean anonymous) {
		this.anonymous = anonymous;
	}

	public LocalDateTime getClosesAt() {
		return this.closesAt;
	}

	public void setClosesAt(LocalDateTime closesAt) {
		this.closesAt = closesAt;
	}

}
