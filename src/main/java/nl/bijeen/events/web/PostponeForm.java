package nl.bijeen.events.web;

import java.time.LocalDate;
import java.time.LocalTime;

import nl.bijeen.events.Postponement;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Postponing: a new date with start and (optionally) end time, or "date not yet known".
 */
public class PostponeForm {

	private boolean dateUnknown;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate newDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime newStartTime;

	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private LocalTime newEndTime;

	/** The organiser's personal message to the participants, optional. */
	private String message;

	/**
	 * @return the postponement, or {@code null} when neither a new date and time nor "not yet known" was given
	 */
	Postponement toPostponement() {
		if (this.dateUnknown) {
			return Postponement.dateNotYetKnown();
		}
		if (this.newDate == null || this.newStartTime == null) {
			return null;
		}
		return new Postponement(this.newDate.atTime(this.newStartTime),
				(this.newEndTime != null) ? this.newDate.atTime(this.newEndTime) : null);
	}

	public boolean isDateUnknown() { return this.dateUnknown; }
	public void setDateUnknown(boolean dateUnknown) { this.dateUnknown = dateUnknown; }
	public LocalDate getNewDate() { return this.newDate; }
	public void setNewDate(LocalDate newDate) { this.newDate = newDate; }
	public LocalTime getNewStartTime() { return this.newStartTime; }
	public void setNewStartTime(LocalTime newStartTime) { this.newStartTime = newStartTime; }
	public LocalTime getNewEndTime() { return this.newEndTime; }
	public void setNewEndTime(LocalTime newEndTime) { this.newEndTime = newEndTime; }
	public String getMessage() { return this.message; }
	public void setMessage(String message) { this.message = message; }

}
